import fc from 'fast-check'
import { fixture, MEMBER, OFFICER, rows, UNITS } from '../test-fixture'

const table = (items: any[]) => items.map((r) => [r.place, r.unit, r.points, r.gold, r.silver, r.bronze])

describe('competition.leaderboard', () => {
  it('three results with a tie: places 1, 1, 3 with 6, 6, 4 points, and the unit table', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '男子100米', kind: 'timed', category: '男子' })
    await f.record(ev.id, '语文组', { name: '陈思远', value: '12.31' })
    await f.record(ev.id, '数学组', { name: '吴强', value: '12.31' })
    await f.record(ev.id, '体育组', { name: '罗勇', value: '12.80' })
    await f.publish(ev.id)
    expect(rows(await f.standings(ev.id))).toEqual([
      [1, '语文组', '陈思远', 6],
      [1, '数学组', '吴强', 6],
      [3, '体育组', '罗勇', 4]
    ])
    const { items } = await f.h.ok('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })
    expect(table(items)).toEqual([
      [1, '语文组', 6, 1, 0, 0],
      [1, '数学组', 6, 1, 0, 0],
      [3, '体育组', 4, 0, 0, 1],
      [4, '英语组', 0, 0, 0, 0]
    ])
  })

  it('sums events, breaks equal points by golds, and counts only published events for members', async () => {
    const f = await fixture()
    const a = await f.addEvent({ name: '100米', kind: 'timed' })
    const b = await f.addEvent({ name: '跳远', kind: 'measured' })
    await f.record(a.id, '英语组', { name: '甲', value: 12 })
    await f.record(a.id, '语文组', { name: '乙', value: 13 })
    await f.record(b.id, '语文组', { name: '丙', value: 5 })
    await f.record(b.id, '英语组', { name: '丁', value: 4 })
    await f.publish(a.id)
    const published = await f.h.ok('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })
    expect(table(published.items).slice(0, 2)).toEqual([
      [1, '英语组', 7, 1, 0, 0],
      [2, '语文组', 5, 0, 1, 0]
    ])
    const draft = await f.h.ok('competition', OFFICER, { action: 'leaderboard', competitionId: f.competitionId, view: 'draft' })
    // 12 points each; 语文组 and 英语组 both have a gold and a silver: they share 1st
    expect(table(draft.items).slice(0, 2)).toEqual([
      [1, '语文组', 12, 1, 1, 0],
      [1, '英语组', 12, 1, 1, 0]
    ])
  })

  it('recomputing changes nothing and writes nothing', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    await f.record(ev.id, '语文组', { name: '甲', value: 12 })
    await f.publish(ev.id)
    const before = await f.h.snapshot()
    const first = await f.h.ok('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })
    const again = await f.h.ok('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })
    expect(again).toEqual(first)
    expect(await f.h.snapshot()).toBe(before)
  })

  it('whatever the results, the table holds exactly the points the events gave out', async () => {
    const f = await fixture()
    let n = 0
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 10, max: 13 })), { minLength: 1, maxLength: 8 }), async (results) => {
        const e = await f.addEvent({ name: `第${++n}组`, kind: 'timed' })
        for (const [i, [unit, v]] of results.entries()) await f.record(e.id, unit, { name: `人${i}`, value: v })
        const { items } = await f.h.ok('competition', OFFICER, { action: 'leaderboard', competitionId: f.competitionId, view: 'draft' })
        const standings = await f.standings(e.id, OFFICER, 'draft')
        const given = standings.reduce((s: number, r: any) => s + r.points, 0)
        expect(given).toBeCloseTo(
          [7, 5, 4, 3, 2, 1].slice(0, results.length).reduce((s, v) => s + v, 0),
          6
        )
        const again = await f.h.ok('competition', OFFICER, { action: 'leaderboard', competitionId: f.competitionId, view: 'draft' })
        expect(again.items).toEqual(items)
      }),
      { numRuns: 15 }
    )
    // 15 runs of up to 8 recordings each through the real SDK at the modelled latency
  }, 60_000)

  it('unknown competitions are NOT_FOUND, bad views BAD_REQUEST', async () => {
    const f = await fixture()
    expect(await f.h.call('competition', MEMBER, { action: 'leaderboard', competitionId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await f.h.call('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId, view: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('视图') }
    })
  })
})
