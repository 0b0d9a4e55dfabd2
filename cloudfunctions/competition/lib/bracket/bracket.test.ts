import { DEFAULT_MATCH_POINTS } from '../../../../types/competition-bracket'
import { planBracket, seeded } from './plan'
import { resolveBracket, type RecordedScore } from './resolve'
import { roundRobinTable } from './table'

const P = DEFAULT_MATCH_POINTS

describe('round-robin tie-breaks', () => {
  it('a three-way tie on points is settled by score difference', () => {
    // A beat B 3-0, B beat C 2-1, C beat A 1-0: 3 points each, differences +2, -2, 0
    const t = roundRobinTable(
      [0, 1, 2],
      [
        { a: 0, b: 1, scoreA: 3, scoreB: 0 },
        { a: 1, b: 2, scoreA: 2, scoreB: 1 },
        { a: 2, b: 0, scoreA: 1, scoreB: 0 }
      ],
      P
    )
    expect(t.map((l) => [l.team, l.points, l.diff, l.rank])).toEqual([
      [0, 3, 2, 1],
      [2, 3, 0, 2],
      [1, 3, -2, 3]
    ])
  })

  it('a three-way tie on points, difference and scores for is settled head to head', () => {
    // seeds in the order C(0) B(1) A(2), then D(3), E(4): A beat B and C, B beat C, and games against D and E even it out
    const [C, B, A, D, E] = [0, 1, 2, 3, 4]
    const g = (a: number, b: number, scoreA: number, scoreB: number) => ({ a, b, scoreA, scoreB })
    const games = [g(A, B, 1, 0), g(A, C, 1, 0), g(B, C, 1, 0), g(D, A, 1, 0), g(E, A, 1, 0), g(B, D, 1, 0), g(E, B, 1, 0), g(C, D, 1, 0), g(C, E, 1, 0), g(D, E, 0, 0)]
    const t = roundRobinTable([C, B, A, D, E], games, P)
    const level = t.filter((l) => [A, B, C].includes(l.team))
    expect(level.map((l) => [l.points, l.diff, l.for])).toEqual([
      [6, 0, 2],
      [6, 0, 2],
      [6, 0, 2]
    ])
    expect(t.map((l) => [l.team, l.rank])).toEqual([
      [E, 1],
      [A, 2],
      [B, 3],
      [C, 4],
      [D, 5]
    ])
  })

  it('teams level after every tie-break share a place', () => {
    const t = roundRobinTable([0, 1], [{ a: 0, b: 1, scoreA: 2, scoreB: 2 }], P)
    expect(t.map((l) => l.rank)).toEqual([1, 1])
  })
})

describe('knockout byes', () => {
  it.each([
    [5, 3, [1, 2, 3]],
    [6, 2, [1, 2]],
    [7, 1, [1]]
  ])('%i teams: %i byes, to the top seeds', (n, byes, seeds) => {
    const slots = seeded([...Array(n).keys()].map((team) => ({ team })))
    const byed = slots
      .map((s, i) => (s && !slots[i ^ 1] ? (s as { team: number }).team + 1 : null))
      .filter(Boolean)
      .sort()
    expect(byed).toEqual(seeds)
    const plan = planBracket({ format: 'knockout', teams: n, thirdPlace: false, groupSize: 4, advance: 2 })
    expect(plan.filter((m) => m.round === 1)).toHaveLength((8 - 2 * byes) / 2)
    expect(plan).toHaveLength(n - 1)
    expect(byes).toBe(8 - n)
  })

  it('a 5-team knockout played out gives places 1, 2, 3, 3, 5', () => {
    const plan = planBracket({ format: 'knockout', teams: 5, thirdPlace: false, groupSize: 4, advance: 2 })
    const scores: Record<string, RecordedScore> = {}
    // the better seed (lower index) always wins
    for (let i = 0; i < 3; i++) {
      const r = resolveBracket(plan, scores, { format: 'knockout', teams: 5, points: P })
      for (const m of r.matches) if (m.teamA !== null && m.teamB !== null && !m.score) scores[m.code] = { a: m.teamA < m.teamB ? 2 : 0, b: m.teamA < m.teamB ? 0 : 2, teamA: m.teamA, teamB: m.teamB }
    }
    const r = resolveBracket(plan, scores, { format: 'knockout', teams: 5, points: P })
    expect([...(r.places ?? new Map()).entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 5]
    ])
  })
})
