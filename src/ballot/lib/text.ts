import type { Ballot, BallotStatus, NominationRound } from '../../../types/ballot'
import { BALLOT_KIND_LABELS } from '../../../types/ballot'
import { shortWhen } from '../../lib/beijing'
import { shareTitle } from '../../lib/share'
import type { TagTone } from '../../components/tag'

export const STATUS_TEXT: Record<BallotStatus, { label: string; tone: TagTone }> = {
  open: { label: '投票中', tone: 'brand' },
  upcoming: { label: '未开始', tone: 'info' },
  closed: { label: '已结束', tone: 'neutral' }
}

export const kindLabel = (b: Pick<Ballot, 'kind'>) => BALLOT_KIND_LABELS[b.kind]

/** One line under a ballot's title: when it opens or closes. */
export function whenLine(b: Pick<Ballot, 'status' | 'opensAt' | 'closesAt' | 'closedAt'>): string {
  if (b.status === 'upcoming') return `${shortWhen(b.opensAt)} 开始，${shortWhen(b.closesAt)} 截止`
  if (b.status === 'open') return `${shortWhen(b.closesAt)} 截止`
  return `${shortWhen(b.closedAt ?? b.closesAt)} 结束`
}

/** How a voter reads their receipt: its first 8 characters, in two groups. */
export { shortReceipt } from './blind'

/** A ballot in words: 同意; 张老师、李老师; 优秀/称职/…；… */
export function describeChoices(b: Pick<Ballot, 'kind' | 'options' | 'scale'>, c: { picks?: number[]; grades?: number[][] }): string {
  if (b.kind === 'rating') return (c.grades ?? []).map((row) => row.map((g) => b.scale?.[g] ?? '?').join('/')).join('；')
  return (c.picks ?? []).map((p) => b.options[p]).join('、')
}

/** A motion's pass rule, before the vote: at a meeting it is counted against the 代表 checked in (or every 代表). */
export function ruleLine(b: Pick<Ballot, 'pass' | 'electorate'>): string {
  if (b.electorate.presentAt) return `通过规则：同意票超过${b.pass === 'eligible' ? '全体代表（应到）' : '到会签到代表（实到）'}人数的一半`
  return `通过规则：同意票超过${b.pass === 'eligible' ? '应到（全体有投票权）人数' : '实际投票人数'}的一半`
}

/** What a motion's base was, after the vote: 到会（签到）代表 7 人. */
export const BASIS_TEXT: Record<'cast' | 'checkedIn' | 'electorate' | 'delegates', string> = {
  cast: '实到（投票）',
  checkedIn: '到会（签到）代表',
  electorate: '应到',
  delegates: '全体代表'
}

/** A 评优 round's tag: 推荐中 while members nominate, then whether the chair has opened its vote. */
export function roundLabel(r: Pick<NominationRound, 'status' | 'ballotId'>): string {
  if (r.status === 'open') return '推荐中'
  if (r.status === 'upcoming') return STATUS_TEXT.upcoming.label
  return r.ballotId ? '已发起投票' : '推荐已截止'
}

/** The vote page's 转发 card: 「投票｜…」 while it is to be voted on, 「投票结果｜…」 once it has closed. */
export function voteShareTitle(b: Pick<Ballot, 'title' | 'status'> | undefined): string {
  if (!b) return '工会投票'
  return b.status === 'closed' ? shareTitle('ballot', b.title) : `投票｜${b.title}`
}
