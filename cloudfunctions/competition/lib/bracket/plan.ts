import type { BracketFormat } from '../../../../types/competition-bracket'

/** Where a match's side comes from: a team (by index), the winner or loser of a match, or a group's finisher. */
export type Source = { team: number } | { winner: string } | { loser: string } | { group: string; rank: number } | null

export interface PlannedMatch {
  code: string
  stage: 'group' | 'knockout'
  group?: string
  /** 1-based, within the stage */
  round: number
  label: string
  a: Source
  b: Source
}

export interface PlanOptions {
  format: BracketFormat
  teams: number
  thirdPlace: boolean
  groupSize: number
  advance: number
}

const GROUP_NAMES = 'ABCDEFGHIJKLMNOP'

/** Round-robin rounds by the circle method: every pair meets once, nobody plays twice in a round. */
export function roundRobinPairs(ids: number[]): [number, number][][] {
  const list: (number | null)[] = ids.length % 2 ? [...ids, null] : [...ids]
  const n = list.length
  const rounds: [number, number][][] = []
  for (let r = 0; r < n - 1; r++) {
    const round: [number, number][] = []
    for (let i = 0; i < n / 2; i++) {
      const a = list[i]
      const b = list[n - 1 - i]
      if (a !== null && b !== null) round.push([a, b])
    }
    rounds.push(round)
    list.splice(1, 0, list.pop() as number | null)
  }
  return rounds
}

/** Bracket positions of seeds 1..size, so 1 and 2 can meet only in the final: [1, 8, 4, 5, 2, 7, 3, 6]. */
export function seedOrder(size: number): number[] {
  let order = [1]
  while (order.length < size) {
    const n = order.length * 2
    order = order.flatMap((s) => [s, n + 1 - s])
  }
  return order
}

export const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(2, n)))

export function roundName(teamsInRound: number): string {
  if (teamsInRound === 2) return '决赛'
  if (teamsInRound === 4) return '半决赛'
  if (teamsInRound === 8) return '四分之一决赛'
  return `1/${teamsInRound / 2} 决赛`
}

/**
 * A knockout over `slots` (a power of two, in bracket order; null = a bye): a side facing a bye goes
 * straight to the next round, so with 5, 6 or 7 teams the top seeds skip the first round.
 */
export function knockout(slots: Source[], thirdPlace: boolean, prefix = 'K'): PlannedMatch[] {
  const out: PlannedMatch[] = []
  let sides: Source[] = slots
  for (let round = 1; sides.length > 1; round++) {
    const name = roundName(sides.length)
    const next: Source[] = []
    const pairs = sides.length / 2
    for (let i = 0; i < pairs; i++) {
      const [a, b] = [sides[2 * i], sides[2 * i + 1]]
      if (!a || !b) {
        next.push(a ?? b)
        continue
      }
      const code = `${prefix}${round}-${i + 1}`
      out.push({ code, stage: 'knockout', round, label: pairs === 1 ? name : `${name} ${i + 1}`, a, b })
      next.push({ winner: code })
    }
    if (sides.length === 4 && thirdPlace) {
      const semis = out.filter((m) => m.round === round)
      if (semis.length === 2) out.push({ code: `${prefix}3rd`, stage: 'knockout', round: round + 1, label: '三四名决赛', a: { loser: semis[0].code }, b: { loser: semis[1].code } })
    }
    sides = next
  }
  return out
}

/** Seeds (best first) into bracket order with byes for the top seeds. */
export function seeded(seeds: Source[]): Source[] {
  const size = nextPowerOfTwo(seeds.length)
  return seedOrder(size).map((s) => seeds[s - 1] ?? null)
}

export const groupNames = (teams: number, size: number) => [...GROUP_NAMES.slice(0, Math.ceil(teams / size))]

/** Seeds dealt into groups in a snake (A B C D D C B A …), so each group gets one strong and one weaker seed. */
export function dealGroups(teams: number, size: number): number[][] {
  const names = groupNames(teams, size)
  const groups: number[][] = names.map(() => [])
  for (let i = 0; i < teams; i++) {
    const lap = Math.floor(i / names.length)
    const pos = i % names.length
    groups[lap % 2 ? names.length - 1 - pos : pos].push(i)
  }
  return groups
}

/** Who goes through from groups, in bracket order: two per group and groups in pairs cross (A1–B2, B1–A2); otherwise seeded by finishing place. */
export function advancers(names: string[], advance: number): Source[] {
  const n = names.length * advance
  if (advance === 2 && names.length % 2 === 0 && nextPowerOfTwo(n) === n) {
    const top: Source[] = []
    const bottom: Source[] = []
    for (let i = 0; i < names.length; i += 2) {
      const [x, y] = [names[i], names[i + 1]]
      top.push({ group: x, rank: 1 }, { group: y, rank: 2 })
      bottom.push({ group: y, rank: 1 }, { group: x, rank: 2 })
    }
    return [...top, ...bottom]
  }
  const seeds: Source[] = []
  for (let r = 1; r <= advance; r++) for (const g of names) seeds.push({ group: g, rank: r })
  return seeded(seeds)
}

export function planBracket(o: PlanOptions): PlannedMatch[] {
  const ids = [...Array(o.teams).keys()]
  if (o.format === 'knockout') return knockout(seeded(ids.map((team) => ({ team }))), o.thirdPlace)
  if (o.format === 'round-robin') return groupMatches('', ids)
  const names = groupNames(o.teams, o.groupSize)
  const groups = dealGroups(o.teams, o.groupSize)
  return [...groups.flatMap((g, i) => groupMatches(names[i], g)), ...knockout(advancers(names, o.advance), o.thirdPlace)]
}

function groupMatches(group: string, ids: number[]): PlannedMatch[] {
  return roundRobinPairs(ids).flatMap((round, r) =>
    round.map(([a, b], i) => ({
      code: `${group || 'R'}${r + 1}-${i + 1}`,
      stage: 'group' as const,
      ...(group ? { group } : {}),
      round: r + 1,
      label: `${group ? `${group}组 ` : ''}第${r + 1}轮`,
      a: { team: a },
      b: { team: b }
    }))
  )
}
