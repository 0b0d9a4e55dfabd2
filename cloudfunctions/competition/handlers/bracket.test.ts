import { fixture, MEMBER, OFFICER, UNITS } from '../test-fixture'

type Match = { id: string; label: string; teamA: { name: string } | null; teamB: { name: string } | null; scoreA?: number; waitingA: string; waitingB: string }
/** The error a call answers (fails the test if it succeeds). */
async function refused(
  f: { h: { call: (fn: string, openid: string, e: Record<string, unknown>) => Promise<{ ok: boolean; error?: { code: string; message: string } }> } },
  openid: string,
  event: Record<string, unknown>
) {
  const r = await f.h.call('competition', openid, event)
  if (r.ok || !r.error) throw new Error(`${String(event.action)} should have been refused`)
  return r.error
}
const all = (b: { groups: { matches: Match[] }[]; rounds: { matches: Match[] }[] }): Match[] => [...b.groups.flatMap((g) => g.matches), ...b.rounds.flatMap((r) => r.matches)]

async function ballGame() {
  const f = await fixture()
  const ev = await f.addEvent({ name: '气排球', kind: 'judged', team: true, points: [9, 7, 6, 5] })
  return { ...f, eventId: ev.id }
}

/** Plays every match that is ready, the team named first in `order` winning. */
async function playOut(f: Awaited<ReturnType<typeof ballGame>>, order: string[]) {
  for (;;) {
    const b = (await f.h.ok('competition', OFFICER, { action: 'brackets', eventId: f.eventId })).items[0]
    const ready = all(b).filter((m) => m.teamA && m.teamB && m.scoreA === undefined)
    if (!ready.length) return b
    for (const m of ready) {
      const aWins = order.indexOf(m.teamA?.name as string) < order.indexOf(m.teamB?.name as string)
      await f.h.ok('competition', OFFICER, { action: 'recordMatch', matchId: m.id, scoreA: aWins ? 25 : 20, scoreB: aWins ? 20 : 25 })
    }
  }
}

describe('ball games', () => {
  it('a 4-team knockout played out feeds the event standings and the unit table', async () => {
    const f = await ballGame()
    const b = await f.h.ok('competition', OFFICER, { action: 'bracket', eventId: f.eventId, format: 'knockout', thirdPlace: true })
    expect(b).toMatchObject({ id: expect.any(String), eventId: f.eventId })
    expect(b.rounds.map((r: { name: string }) => r.name)).toEqual(['半决赛', '三四名决赛', '决赛'])
    expect(b.rules).toContain('三四名决赛')
    const done = await playOut(f, ['英语组', '体育组', '语文组', '数学组'])
    expect(done.places.map((p: { place: number; team: { name: string } }) => [p.place, p.team.name])).toEqual([
      [1, '英语组'],
      [2, '体育组'],
      [3, '语文组'],
      [4, '数学组']
    ])
    await f.publish(f.eventId)
    expect((await f.standings(f.eventId)).map((s: { place: number; unit: string; display: string; points: number }) => [s.place, s.unit, s.display, s.points])).toEqual([
      [1, '英语组', '冠军', 9],
      [2, '体育组', '亚军', 7],
      [3, '语文组', '季军', 6],
      [4, '数学组', '第4名', 5]
    ])
    const table = (await f.h.ok('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })).items
    expect(table.map((r: { unit: string; points: number; gold: number }) => [r.unit, r.points, r.gold])).toEqual([
      ['英语组', 9, 1],
      ['体育组', 7, 0],
      ['语文组', 6, 0],
      ['数学组', 5, 0]
    ])
    // published: the scores stand
    const final = all(done).find((m) => m.label === '决赛') as Match
    expect((await refused(f, OFFICER, { action: 'recordMatch', matchId: final.id, scoreA: 0, scoreB: 25 })).message).toContain('已公布')
  })

  it('groups then knockout: the top two of each group cross (A1–B2, B1–A2) and the rest place by group', async () => {
    const f = await ballGame()
    const teams = UNITS.flatMap((unit) => [`${unit}一队`, `${unit}二队`].map((name) => ({ unit, name })))
    const b = await f.h.ok('competition', OFFICER, { action: 'bracket', eventId: f.eventId, format: 'groups-knockout', teams, groupSize: 4, advance: 2 })
    expect(b.groups.map((g: { name: string; rows: unknown[] }) => [g.name, g.rows.length])).toEqual([
      ['A', 4],
      ['B', 4]
    ])
    expect(b.rounds[0].matches.map((m: Match) => [m.waitingA, m.waitingB])).toEqual([
      ['A组第1名', 'B组第2名'],
      ['B组第1名', 'A组第2名']
    ])
    const order = teams.map((t) => t.name)
    const done = await playOut(f, order)
    const [a, bb] = done.groups
    expect(a.rows.filter((r: { advances: boolean }) => r.advances).map((r: { team: { name: string } }) => r.team.name)).toEqual([a.rows[0].team.name, a.rows[1].team.name])
    expect(done.rounds[0].matches.map((m: Match) => [m.teamA?.name, m.teamB?.name])).toEqual([
      [a.rows[0].team.name, bb.rows[1].team.name],
      [bb.rows[0].team.name, a.rows[1].team.name]
    ])
    expect(done.places.map((p: { place: number }) => p.place)).toEqual([1, 2, 3, 3, 5, 5, 7, 7])
  })

  it('recording the same score again changes nothing; a changed semi-final winner clears the final', async () => {
    const f = await ballGame()
    await f.h.ok('competition', OFFICER, { action: 'bracket', eventId: f.eventId, format: 'knockout' })
    const done = await playOut(f, UNITS)
    const semi = all(done).find((m) => m.label === '半决赛 1') as Match
    const before = await f.h.snapshot()
    const again = await f.h.ok('competition', OFFICER, { action: 'recordMatch', matchId: semi.id, scoreA: 25, scoreB: 20 })
    expect(again.cleared).toEqual([])
    expect(await f.h.snapshot()).toEqual(before)
    const flipped = await f.h.ok('competition', OFFICER, { action: 'recordMatch', matchId: semi.id, scoreA: 20, scoreB: 25 })
    expect(flipped.cleared).toEqual(['决赛'])
    expect(flipped.bracket.places).toBeNull()
    expect(await f.standings(f.eventId, OFFICER, 'draft')).toEqual([])
  })

  it('a member cannot draw a bracket or record a score, and sees their scheduled match', async () => {
    const f = await ballGame()
    const b = await f.h.ok('competition', OFFICER, { action: 'bracket', eventId: f.eventId, format: 'round-robin' })
    const m = b.groups[0].matches.find((x: Match) => x.teamA?.name === '语文组' || x.teamB?.name === '语文组') as Match
    expect((await refused(f, MEMBER, { action: 'recordMatch', matchId: m.id, scoreA: 1, scoreB: 0 })).code).toBe('FORBIDDEN')
    expect((await refused(f, MEMBER, { action: 'bracket', eventId: f.eventId, format: 'knockout' })).code).toBe('FORBIDDEN')
    await f.h.ok('competition', OFFICER, { action: 'scheduleMatch', matchId: m.id, at: '2026-11-24T07:30:00.000Z', court: '2号场' })
    f.h.setNow('2026-11-24T01:00:00.000Z')
    const mine = (await f.h.ok('competition', MEMBER, { action: 'myMatches', competitionId: f.competitionId })).items
    expect(mine.map((x: { text: string }) => x.text)).toEqual(['你的比赛 15:30 在2号场'])
  })
})
