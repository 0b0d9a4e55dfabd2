import { CARE_OCCASION_LABELS, type CareOccasion } from '../../../types/care'
import { REPORT_SECTION_LABELS, REPORT_SECTION_NAMES, type Figure, type OccasionRow, type ReportSection, type Section, type UnitRow } from '../../../types/report'
import type { Sources, SuggestionRow } from '../data/sources'
import { congressFigures } from './congress'
import { byUnit, counted, joinedIn, onRollAt, participation } from './participation'
import { within, type Period } from './period'

export { byMonth } from './participation'

/** Where each list opens in the app (the chair taps a figure to see what it counts). */
const PAGES = {
  activities: '/pages/activities/index',
  notices: '/pages/index/index',
  suggestions: '/pages/suggestions/index',
  competitions: '/pages/competitions/index',
  care: '/officer/pages/care/index',
  greetings: '/officer/pages/greeting-stats/index',
  ballots: '/ballot/pages/list/index',
  members: '/officer/pages/members/index'
}

const ANSWERED = new Set(['adopted', 'rejected', 'done'])
const answered = (s: SuggestionRow) => ANSWERED.has(s.status) || s.reply !== null

/** On time: answered on or before the last due date set before the answer; with no due date set, nothing was promised, so it counts as on time. */
export function answeredOnTime(s: SuggestionRow): boolean {
  if (!answered(s)) return false
  const steps = s.steps ?? []
  const i = steps.findIndex((st) => ANSWERED.has(st.status) || Boolean(st.note))
  if (i < 0) return true
  const due = steps
    .slice(0, i)
    .map((st) => st.dueDate)
    .filter(Boolean)
    .sort()
    .pop()
  return !due || steps[i].date <= due
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

interface Counted {
  sections: Section[]
  units: UnitRow[]
  care: OccasionRow[]
  /** nothing happened in the period */
  empty: boolean
}

/** The period's figures, in the 工作总结's outline, from the rows read (data/sources.ts). */
export function countFigures(src: Sources, p: Period, now: Date): Counted {
  const fig = (key: string, label: string, value: number, unit: string, source: string, page?: string, note?: string): Figure => ({
    key,
    label,
    value,
    unit,
    source: `${p.label}${source}`,
    ...(page ? { page } : {}),
    ...(note ? { note } : {})
  })
  const nowIso = now.toISOString()
  const held = src.activities.filter((a) => !a.cancelled && a.startAt <= nowIso)
  const { signups, attended } = counted(src, p)
  const took = participation(src, p)
  const notices = (c: string) => src.notices.filter((n) => n.category === c).length
  const sug = src.suggestions
  const sugAnswered = sug.filter(answered)
  const closed = src.ballots.filter((b) => b.closedAt && (b.eligibleAtClose ?? 0) > 0)
  const eligible = closed.reduce((s, b) => s + (b.eligibleAtClose ?? 0), 0)
  const voted = closed.reduce((s, b) => s + b.voted, 0)
  const greetings = src.greetings.reduce((n, g) => n + g.count, 0)
  const careAmount = src.care.reduce((s, c) => s + (c.amount ?? 0), 0)
  const joined = src.members.filter(joinedIn(p))
  const left = src.members.filter((m) => within(p, m.inactive?.at))
  const onRoll = src.members.filter(onRollAt(p))
  const active = src.members.filter((m) => !m.inactive)
  // no one tagged: the union keeps its 代表 on paper, and the app does not know them
  const delegates = active.filter((m) => m.delegate).length

  const democracy: Figure[] = [
    ...congressFigures(src, now, fig),
    fig('affairs', '校务公开', notices('affairs'), '条', '发布的校务公开', PAGES.notices),
    fig('finance', '财务公开', notices('finance'), '条', '发布的财务公开', PAGES.notices),
    fig('suggestions', '收到建议', sug.length, '条', '收到的建议（号码有奖征集）', PAGES.suggestions),
    fig('suggestions-answered', '已答复建议', sugAnswered.length, '条', '已答复的建议', PAGES.suggestions),
    fig('suggestions-adopted', '采纳建议', sug.filter((s) => s.status === 'adopted' || s.status === 'done').length, '条', '已采纳或已落实的建议', PAGES.suggestions),
    fig('suggestions-done', '已落实建议', sug.filter((s) => s.status === 'done').length, '条', '已落实的建议', PAGES.suggestions),
    fig('suggestions-on-time', '按期答复', sug.filter(answeredOnTime).length, '条', '按期答复的建议', PAGES.suggestions, '未设办理期限的按期计'),
    fig('ballots', '组织投票', src.ballots.length, '次', '开始的投票与评议', PAGES.ballots)
  ]
  // turnout only over ballots that closed: an open one's electorate is not settled
  if (eligible > 0) democracy.push(fig('turnout', '投票率', pct(voted, eligible), '%', '已结束的投票', PAGES.ballots, `已结束的 ${closed.length} 次投票，应投 ${eligible} 人次，实投 ${voted} 人次`))

  const culture: Figure[] = [
    fig('activities', '组织活动', held.length, '次', '举办的活动（不含已取消）', PAGES.activities),
    fig('signups', '报名人次', signups.length, '人次', '的活动报名（按报名时间）', PAGES.activities),
    fig('attended', '参加人次', attended.length, '人次', '的活动签到（按签到时间）', PAGES.activities),
    fig('participants', '参与会员', took.participants, '人', '报名或签到过活动的在册会员', PAGES.activities)
  ]
  // a rate over an empty roll would be invented
  if (took.rate !== undefined) culture.push(fig('participation', '参与率', took.rate, '%', '报名或签到过活动的在册会员', PAGES.activities, `${took.participants} 人参与，期末在册 ${took.members} 人`))
  culture.push(
    fig('competitions', '组织比赛', src.competitions.length, '场', '创建的比赛', PAGES.competitions),
    fig('entrants', '参赛人次', src.results.length, '人次', '录入的比赛成绩', PAGES.competitions, '团体项目一队计一次')
  )

  const care: Figure[] = [fig('care', '慰问人次', src.care.length, '人次', '的慰问台账', PAGES.care), fig('care-amount', '慰问金', careAmount, '元', '的慰问台账', PAGES.care)]
  const careRows: OccasionRow[] = []
  for (const o of Object.keys(CARE_OCCASION_LABELS) as CareOccasion[]) {
    const rs = src.care.filter((c) => c.occasion === o)
    if (!rs.length) continue
    // 节日慰问 already says 慰问
    const label = CARE_OCCASION_LABELS[o].replace(/慰问$/, '') + '慰问'
    const amount = rs.reduce((s, c) => s + (c.amount ?? 0), 0)
    careRows.push({ occasion: o, label: CARE_OCCASION_LABELS[o], count: rs.length, amount })
    care.push(fig(`care-${o}`, label, rs.length, '人次', `的${label}`, PAGES.care), fig(`care-${o}-amount`, `${label}金`, amount, '元', `的${label}`, PAGES.care))
  }
  care.push(fig('greetings', '送出祝福', greetings, '人次', '送出的生日与节日祝福', PAGES.greetings))

  const organisation: Figure[] = [
    fig('members', '在册会员', onRoll.length, '人', '末的会员名单', PAGES.members),
    fig('members-new', '新入会', joined.length, '人', '入会的会员', PAGES.members, '按入会日期，未填的按导入日期'),
    fig('members-left', '离会', left.length, '人', '停用的会员', PAGES.members),
    fig('members-bound', '已绑定微信', active.filter((m) => m.bound).length, '人', '在册会员中已绑定的', PAGES.members, `按目前计，共 ${active.length} 人在册`),
    ...(delegates ? [fig('delegates', '教代会代表', delegates, '人', '在册会员中标为「教代会代表」的', PAGES.members, '按目前计')] : []),
    fig('notices', '发布通知', notices('notice'), '条', '发布的通知', PAGES.notices),
    fig('honours', '发布表彰', notices('honour'), '条', '发布的表彰', PAGES.notices)
  ]

  const sections = (
    [
      ['democracy', democracy],
      ['culture', culture],
      ['care', care],
      ['organisation', organisation]
    ] as [ReportSection, Figure[]][]
  ).map(([key, figures]) => ({ key, name: REPORT_SECTION_NAMES[key], title: REPORT_SECTION_LABELS[key], figures }))
  const events =
    held.length +
    signups.length +
    attended.length +
    src.competitions.length +
    src.results.length +
    src.notices.length +
    sug.length +
    greetings +
    src.care.length +
    src.ballots.length +
    joined.length +
    left.length +
    src.meetings.length +
    src.proposals.length
  return { sections, units: byUnit(src, p), care: careRows, empty: events === 0 }
}
