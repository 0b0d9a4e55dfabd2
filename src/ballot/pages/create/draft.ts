import type { BallotKind, CreateBallotInput } from '../../../../types/ballot'

export type Starts = 'now' | 'hour' | 'tomorrow'
export type Lasts = '1h' | '1d' | '3d' | '7d'
export type Who = 'all' | 'reps' | 'units' | 'meeting'

export interface Draft {
  kind: BallotKind
  title: string
  description: string
  /** One per line: options, candidates or subjects. */
  lines: string
  seats: string
  maxChoices: string
  pass: 'present' | 'eligible'
  starts: Starts
  lasts: Lasts
  who: Who
  units: string
  /** who = meeting: the 教代会 meeting whose check-ins are the electorate. */
  meetingId: string
  /** rating: weighted rater groups, in the order a member is placed in them (empty: everyone alike). */
  groups: GroupDraft[]
  /** rating with groups: the weight of everyone in no group; 0 leaves them out of the rating. */
  othersWeight: string
}

/** One rater group as the chair writes it: by 标签 (教代会代表) or by 部门, and what one ballot counts as. */
export interface GroupDraft {
  by: 'tags' | 'units'
  /** 标签 or 部门 names, separated by 、 or commas. */
  names: string
  weight: string
}

const HOUR = 3600_000
const LASTS: Record<Lasts, number> = { '1h': HOUR, '1d': 24 * HOUR, '3d': 72 * HOUR, '7d': 168 * HOUR }

const list = (text: string) =>
  text
    .split(/[\n、,，]/)
    .map((s) => s.trim())
    .filter(Boolean)

/** 明天 08:00 Beijing: Beijing is UTC+8 all year, so 08:00 there is 00:00 UTC of the same date. */
function tomorrowEight(now: number): number {
  const beijingDay = Math.floor((now + 8 * HOUR) / (24 * HOUR))
  return (beijingDay + 1) * 24 * HOUR
}

/** The groups as the server takes them; everyone else last (a member is in the first group that fits), unless weighted 0. */
function raterGroupsOf(d: Draft): CreateBallotInput['raterGroups'] {
  const groups = d.groups.map((g) => {
    const names = list(g.names)
    return { name: names.join('、').slice(0, 20), [g.by]: names, weight: g.weight.trim() ? Number(g.weight) : undefined }
  })
  const others = d.othersWeight.trim() ? Number(d.othersWeight) : 1
  return [...groups, ...(others === 0 ? [] : [{ name: '其他教职工', weight: others }])] as CreateBallotInput['raterGroups']
}

/** What the form sends; the server says what is missing or wrong. */
export function toInput(d: Draft, now: number, requestId: string): CreateBallotInput {
  const opens = d.starts === 'now' ? now : d.starts === 'hour' ? now + HOUR : tomorrowEight(now)
  const num = (s: string) => (s.trim() ? Number(s) : undefined)
  const items = list(d.lines)
  return {
    title: d.title,
    ...(d.description.trim() ? { description: d.description } : {}),
    kind: d.kind,
    electorate: d.who === 'all' ? { all: true } : d.who === 'reps' ? { tags: ['教代会代表'] } : d.who === 'meeting' ? { presentAt: d.meetingId } : { units: list(d.units) },
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(opens + LASTS[d.lasts]).toISOString(),
    ...(d.kind === 'poll' ? { options: items, maxChoices: num(d.maxChoices) } : {}),
    ...(d.kind === 'election' ? { candidates: items, seats: num(d.seats), maxChoices: num(d.maxChoices) } : {}),
    ...(d.kind === 'rating' ? { subjects: items } : {}),
    ...(d.kind === 'rating' && d.groups.length ? { raterGroups: raterGroupsOf(d) } : {}),
    ...(d.kind === 'motion' ? { pass: d.pass } : {}),
    requestId
  } as CreateBallotInput
}

export const LINES_LABEL: Record<BallotKind, string> = { motion: '', poll: '选项（每行一个）', election: '候选人（每行一个）', rating: '评议对象（每行一个）' }

/** The first group left without a 标签 or 部门, as 第 N 个 (the server would only say a name is missing). */
export function emptyGroup(d: Draft): number | null {
  if (d.kind !== 'rating') return null
  const k = d.groups.findIndex((g) => !list(g.names).length)
  return k < 0 ? null : k + 1
}
