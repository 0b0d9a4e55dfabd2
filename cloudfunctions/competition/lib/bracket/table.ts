import type { MatchPoints } from '../../../../types/competition-bracket'

export interface Played {
  a: number
  b: number
  scoreA: number
  scoreB: number
}

export interface TableLine {
  team: number
  played: number
  won: number
  drawn: number
  lost: number
  for: number
  against: number
  diff: number
  points: number
  /** shared when still level after every tie-break (1, 1, 3) */
  rank: number
}

/** The order ties are broken in, said to members as it is applied. */
export const TIE_BREAK_TEXT = '积分相同依次比：净胜分、总得分、相互间比赛成绩（积分、净胜分）；仍相同则名次并列（小组出线名额按种子顺序）'

function tally(teams: readonly number[], games: readonly Played[], pts: MatchPoints): Map<number, TableLine> {
  const lines = new Map(teams.map((team) => [team, { team, played: 0, won: 0, drawn: 0, lost: 0, for: 0, against: 0, diff: 0, points: 0, rank: 0 }]))
  for (const g of games) {
    const a = lines.get(g.a)
    const b = lines.get(g.b)
    if (!a || !b) continue
    for (const [me, mine, theirs] of [
      [a, g.scoreA, g.scoreB],
      [b, g.scoreB, g.scoreA]
    ] as const) {
      me.played++
      me.for += mine
      me.against += theirs
      me.diff = me.for - me.against
      const outcome = mine > theirs ? 'won' : mine === theirs ? 'drawn' : 'lost'
      me[outcome]++
      me.points += outcome === 'won' ? pts.win : outcome === 'drawn' ? pts.draw : pts.loss
    }
  }
  return lines
}

const overall = (l: TableLine) => [l.points, l.diff, l.for]

/** Splits `teams` (already level) into runs still level by `key`, best first. */
function splitBy(teams: number[], key: (t: number) => number[]): number[][] {
  const sorted = [...teams].sort((x, y) => compare(key(y), key(x)))
  const runs: number[][] = []
  for (const t of sorted) {
    const last = runs.at(-1)
    if (last && compare(key(last[0]), key(t)) === 0) last.push(t)
    else runs.push([t])
  }
  return runs
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/**
 * A round-robin table: points, then score difference, then scores for, then head to head among the
 * teams still level (points, then difference, in their games with each other). Teams level after
 * all of it share a place; `teams` is the seed order, which only orders those rows on the page.
 */
export function roundRobinTable(teams: readonly number[], games: readonly Played[], pts: MatchPoints): TableLine[] {
  const lines = tally(teams, games, pts)
  const seed = new Map(teams.map((t, i) => [t, i]))
  const out: TableLine[] = []
  for (const run of splitBy([...teams], (t) => overall(lines.get(t) as TableLine))) {
    const groups =
      run.length === 1
        ? [run]
        : (() => {
            const h2h = tally(
              run,
              games.filter((g) => run.includes(g.a) && run.includes(g.b)),
              pts
            )
            return splitBy(run, (t) => {
              const l = h2h.get(t) as TableLine
              return [l.points, l.diff]
            })
          })()
    for (const level of groups) {
      const rank = out.length + 1
      for (const t of level.sort((x, y) => (seed.get(x) as number) - (seed.get(y) as number))) out.push({ ...(lines.get(t) as TableLine), rank })
    }
  }
  return out
}
