import type { BracketFormat, MatchPoints } from '../../../../types/competition-bracket'
import type { PlannedMatch, Source } from './plan'
import { roundRobinTable, type Played, type TableLine } from './table'

/** A recorded score, with the teams it was recorded between (so a changed earlier winner voids it). */
export interface RecordedScore {
  a: number
  b: number
  teamA: number
  teamB: number
}

export interface ResolvedMatch extends PlannedMatch {
  teamA: number | null
  teamB: number | null
  /** only when recorded between the teams now in it */
  score?: { a: number; b: number }
  winner?: 'A' | 'B' | 'draw'
}

export interface ResolvedGroup {
  name: string
  lines: TableLine[]
  complete: boolean
  /** finishing order for advancing: shared ranks in seed order */
  order: number[]
}

export interface Resolved {
  matches: ResolvedMatch[]
  groups: ResolvedGroup[]
  /** team index → final place; null until every match counting for places is played */
  places: Map<number, number> | null
  /** matches with a score recorded between other teams than those now in them */
  stale: string[]
}

export interface BracketRules {
  format: BracketFormat
  teams: number
  points: MatchPoints
  /** the group each team is in (groups-knockout), or '' for one round-robin table */
  groupOf?: Record<number, string>
}

/** Works the whole bracket out from its plan and the scores: nothing derived is stored, so re-running changes nothing. */
export function resolveBracket(plan: readonly PlannedMatch[], scores: Readonly<Record<string, RecordedScore>>, rules: BracketRules): Resolved {
  const byCode = new Map<string, ResolvedMatch>()
  const stale: string[] = []
  const groups = new Map<string, ResolvedGroup>()
  const play = (m: PlannedMatch, teamA: number | null, teamB: number | null): ResolvedMatch => {
    const r: ResolvedMatch = { ...m, teamA, teamB }
    const s = scores[m.code]
    if (s && teamA !== null && teamB !== null && s.teamA === teamA && s.teamB === teamB) {
      r.score = { a: s.a, b: s.b }
      r.winner = s.a > s.b ? 'A' : s.a < s.b ? 'B' : 'draw'
    } else if (s) stale.push(m.code)
    byCode.set(m.code, r)
    return r
  }
  const groupPlan = plan.filter((m) => m.stage === 'group')
  const groupMatches = groupPlan.map((m) => play(m, teamOf(m.a), teamOf(m.b)))
  const names = [...new Set(groupPlan.map((m) => m.group ?? ''))]
  for (const name of names) {
    const ms = groupMatches.filter((m) => (m.group ?? '') === name)
    const ids = [...new Set(ms.flatMap((m) => [m.teamA as number, m.teamB as number]))].sort((x, y) => x - y)
    const games: Played[] = ms.filter((m) => m.score).map((m) => ({ a: m.teamA as number, b: m.teamB as number, scoreA: m.score?.a ?? 0, scoreB: m.score?.b ?? 0 }))
    const lines = roundRobinTable(ids, games, rules.points)
    groups.set(name, { name, lines, complete: games.length === ms.length, order: lines.map((l) => l.team) })
  }
  const side = (src: Source): number | null => {
    if (!src) return null
    if ('team' in src) return src.team
    if ('group' in src) {
      const g = groups.get(src.group)
      return g?.complete ? (g.order[src.rank - 1] ?? null) : null
    }
    const m = byCode.get('winner' in src ? src.winner : src.loser)
    if (!m?.winner || m.winner === 'draw') return null
    const won = m.winner === 'A' ? m.teamA : m.teamB
    const lost = m.winner === 'A' ? m.teamB : m.teamA
    return 'winner' in src ? won : lost
  }
  const ko = plan.filter((m) => m.stage === 'knockout').map((m) => play(m, side(m.a), side(m.b)))
  return { matches: [...groupMatches, ...ko], groups: [...groups.values()], places: placesOf(rules, [...groups.values()], ko), stale }
}

const teamOf = (s: Source) => (s && 'team' in s ? s.team : null)

function placesOf(rules: BracketRules, groups: ResolvedGroup[], ko: ResolvedMatch[]): Map<number, number> | null {
  if (rules.format === 'round-robin') {
    const g = groups[0]
    return g?.complete ? new Map(g.lines.map((l) => [l.team, l.rank])) : null
  }
  if (ko.some((m) => !m.winner)) return null
  const places = new Map<number, number>()
  const final = ko.find((m) => m.label === '决赛')
  const third = ko.find((m) => m.label === '三四名决赛')
  if (!final) return null
  const loserOf = (m: ResolvedMatch) => (m.winner === 'A' ? m.teamB : m.teamA) as number
  const winnerOf = (m: ResolvedMatch) => (m.winner === 'A' ? m.teamA : m.teamB) as number
  places.set(winnerOf(final), 1)
  places.set(loserOf(final), 2)
  if (third) {
    places.set(winnerOf(third), 3)
    places.set(loserOf(third), 4)
  }
  // a team knocked out in a round of n teams shares place n/2 + 1 with the others out there
  const finalRound = final.round
  for (const m of ko) {
    if (m === final || m === third) continue
    const out = loserOf(m)
    if (places.has(out)) continue
    const teamsInRound = 2 ** (finalRound - m.round + 1)
    places.set(out, teamsInRound / 2 + 1)
  }
  if (rules.format === 'groups-knockout') {
    // teams out in the groups: after every knockout team, by their place in the group (every 3rd shares one place)
    let next = places.size + 1
    const depth = Math.max(0, ...groups.map((g) => g.order.length))
    for (let pos = 0; pos < depth; pos++) {
      const out = groups.map((g) => g.order[pos]).filter((t): t is number => t !== undefined && !places.has(t))
      for (const t of out) places.set(t, next)
      next += out.length
    }
  }
  return places
}
