/**
 * How a ballot is counted, as pure functions of plain values: the ballot function counts with them
 * for its answer and the 公示, and the phone recounts the published ballots with the same code, so
 * the figure a voter sees is the recount, not a number the server asserts. Imports nothing.
 */

export type BallotKind = 'motion' | 'election' | 'rating' | 'poll'

/** What one ballot says: picks are option/candidate indexes; grades[subject][criterion] is a scale index (0 = best). */
export interface Choices {
  picks?: number[]
  grades?: number[][]
}

/** A published ballot as counted: its choices and, for a rating with rater groups, the group whose key signed its token. */
export type Counted = Choices & { group?: number }

/** A rating's rater group as the count needs it: a name and the weight of each of its ballots. */
export interface RaterGroupSpec {
  name: string
  weight: number
}

export interface CountSpec {
  kind: BallotKind
  /** motion: 同意/不同意/弃权; poll: the options; election: the candidates. */
  options: string[]
  seats?: number
  maxChoices?: number
  subjects?: string[]
  criteria?: string[]
  scale?: string[]
  pass?: 'present' | 'eligible'
  /** motion: the electorate is those checked in at this 教代会 meeting. */
  presentAt?: string
  /** rating: weighted rater groups; each ballot carries its group's index. */
  raterGroups?: RaterGroupSpec[]
}

export const MOTION_OPTIONS = ['同意', '不同意', '弃权']
export const DEFAULT_CRITERIA = ['德', '能', '勤', '绩', '廉']
export const DEFAULT_SCALE = ['优秀', '称职', '基本称职', '不称职']
/** Fewer voters than this and a breakdown (rating means, grade shares) is withheld: too few to hide one rater. */
export const MIN_BREAKDOWN = 5

export interface MotionTally {
  kind: 'motion'
  counts: number[]
  /** present: ballots cast (弃权 included); eligible: the whole electorate. */
  rule: 'present' | 'eligible'
  /** What base counts: ballots cast, 代表 checked in at the meeting, the electorate, or every 代表 (应到). */
  basis: 'cast' | 'checkedIn' | 'electorate' | 'delegates'
  base: number
  /** 同意 more than half of base. */
  passed: boolean
}

export interface PollTally {
  kind: 'poll'
  counts: number[]
}

export interface ElectionTally {
  kind: 'election'
  counts: number[]
  /** Candidate indexes elected outright, most votes first. */
  elected: number[]
  /** Candidates tied for the last seats, and how many seats they share; not broken silently. */
  tie: { candidates: number[]; seats: number } | null
}

export type SubjectMeans = { name: string; mean: number; criteria: { name: string; mean: number; shares: number[] }[] }[]

export interface RatingTally {
  kind: 'rating'
  /** null when fewer than MIN_BREAKDOWN ballots: withheld. Weighted by rater group when there are groups. */
  subjects: SubjectMeans | null
  /** Rater groups only: each group's own (unweighted) means, null for a group under MIN_BREAKDOWN voters. */
  groups?: { name: string; weight: number; voters: number; subjects: SubjectMeans | null }[]
}

export type Tally = MotionTally | PollTally | ElectionTally | RatingTally

/** Why a ballot does not fit its spec, in Chinese, or null when it counts. */
export function invalidChoices(spec: CountSpec, c: Choices): string | null {
  if (spec.kind === 'rating') {
    const subjects = spec.subjects ?? []
    const criteria = spec.criteria ?? DEFAULT_CRITERIA
    const scale = spec.scale ?? DEFAULT_SCALE
    if (!c.grades || c.grades.length !== subjects.length) return '请为每一位评议对象打分'
    for (let s = 0; s < subjects.length; s++) {
      const row = c.grades[s]
      if (!Array.isArray(row) || row.length !== criteria.length) return `请为「${subjects[s]}」的每一项打分`
      if (row.some((g) => !Number.isInteger(g) || g < 0 || g >= scale.length)) return `「${subjects[s]}」的评分不在等级内`
    }
    return null
  }
  const picks = c.picks ?? []
  const max = spec.kind === 'motion' ? 1 : (spec.maxChoices ?? 1)
  if (picks.length === 0) return spec.kind === 'election' ? '请至少选择一位候选人' : '请选择一项'
  if (picks.length > max) return `最多选 ${max} 项`
  if (new Set(picks).size !== picks.length) return '同一项不能选两次'
  if (picks.some((p) => !Number.isInteger(p) || p < 0 || p >= spec.options.length)) return '所选的项不在选项中'
  return null
}

const round2 = (x: number) => Math.round(x * 100) / 100

function countPicks(spec: CountSpec, ballots: Choices[]): number[] {
  const counts = spec.options.map(() => 0)
  for (const b of ballots) for (const p of b.picks ?? []) if (p >= 0 && p < counts.length) counts[p]++
  return counts
}

/**
 * The tally of valid ballots (invalid ones cannot be stored; a recount skips any it is given).
 * eligible: the electorate's size (for presentAt, those checked in); delegates: every 代表 (应到),
 * the base of a presentAt motion passed by `eligible`.
 */
export function count(spec: CountSpec, all: Counted[], eligible: number, delegates?: number): Tally {
  const ballots = all.filter((b) => invalidChoices(spec, b) === null)
  if (spec.kind === 'motion') {
    const counts = countPicks(spec, ballots)
    const rule = spec.pass ?? 'present'
    // at a meeting, "present" is who checked in (an absent 代表 cannot vote, a silent one still counts)
    const basis: MotionTally['basis'] = spec.presentAt ? (rule === 'present' ? 'checkedIn' : 'delegates') : rule === 'present' ? 'cast' : 'electorate'
    const base = basis === 'cast' ? ballots.length : basis === 'delegates' ? (delegates ?? eligible) : eligible
    return { kind: 'motion', counts, rule, basis, base, passed: base > 0 && counts[0] * 2 > base }
  }
  if (spec.kind === 'poll') return { kind: 'poll', counts: countPicks(spec, ballots) }
  if (spec.kind === 'election') return elect(countPicks(spec, ballots), spec.seats ?? 1)
  return rate(spec, ballots)
}

function elect(counts: number[], seats: number): ElectionTally {
  const order = counts.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || a - b)
  if (seats >= order.length) return { kind: 'election', counts, elected: order.filter((i) => counts[i] > 0), tie: null }
  const cut = counts[order[seats - 1]]
  const above = order.filter((i) => counts[i] > cut)
  const atCut = order.filter((i) => counts[i] === cut)
  if (above.length + atCut.length <= seats) return { kind: 'election', counts, elected: [...above, ...atCut], tie: null }
  return { kind: 'election', counts, elected: above, tie: { candidates: atCut, seats: seats - above.length } }
}

function rate(spec: CountSpec, all: Counted[]): RatingTally {
  const groups = spec.raterGroups
  const ballots = groups ? all.filter((b) => b.group !== undefined && b.group >= 0 && b.group < groups.length) : all
  const weightOf = (b: Counted) => (groups ? groups[b.group!].weight : 1)
  const subjects = ballots.length < MIN_BREAKDOWN ? null : means(spec, ballots, weightOf)
  if (!groups) return { kind: 'rating', subjects }
  const breakdown = groups.map((g, k) => {
    const mine = ballots.filter((b) => b.group === k)
    return { name: g.name, weight: g.weight, voters: mine.length, subjects: mine.length < MIN_BREAKDOWN ? null : means(spec, mine, () => 1) }
  })
  return { kind: 'rating', subjects, groups: breakdown }
}

/** Each subject's mean per criterion and the share of each grade, each ballot counted at its weight. */
function means(spec: CountSpec, ballots: Counted[], weightOf: (b: Counted) => number): SubjectMeans {
  const criteria = spec.criteria ?? DEFAULT_CRITERIA
  const scale = spec.scale ?? DEFAULT_SCALE
  const total = ballots.reduce((sum, b) => sum + weightOf(b), 0)
  // score: the best grade is worth scale.length, the worst 1 (优秀 4 … 不称职 1)
  return (spec.subjects ?? []).map((name, s) => {
    const rows = criteria.map((cname, c) => {
      const shares = scale.map((_, g) => round2(ballots.reduce((sum, b) => sum + (b.grades![s][c] === g ? weightOf(b) : 0), 0) / total))
      const mean = round2(ballots.reduce((sum, b) => sum + (scale.length - b.grades![s][c]) * weightOf(b), 0) / total)
      return { name: cname, mean, shares }
    })
    return { name, mean: round2(rows.reduce((sum, r) => sum + r.mean, 0) / rows.length), criteria: rows }
  })
}

/** A stable text of a ballot, so "the same ballot again" is an exact comparison. */
export const choicesKey = (c: Choices) => JSON.stringify({ picks: c.picks ?? null, grades: c.grades ?? null })
