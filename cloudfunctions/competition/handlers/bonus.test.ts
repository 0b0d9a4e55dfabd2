import { CHAIR, fixture, MEMBER, OFFICER } from '../test-fixture'

type F = Awaited<ReturnType<typeof fixture>>
const table = async (f: F) => ((await f.h.ok('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })) as any).items.map((r: any) => [r.place, r.unit, r.points, r.bonus])
const give = (f: F, unit: string, points: number, reason: string, requestId: string, extra: Record<string, unknown> = {}) =>
  f.h.call('competition', CHAIR, { action: 'bonus', competitionId: f.competitionId, unit, points, reason, requestId, ...extra })

describe('competition.bonus', () => {
  it('counts in the unit table as its own column, and the table is recomputed after a change or removal', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed', points: [7, 5, 3] })
    for (const [unit, name, value] of [
      ['体育组', '罗勇', 12],
      ['语文组', '陈思远', 13]
    ] as const) {
      await f.h.ok('competition', CHAIR, { action: 'enter', eventId: ev.id, memberId: f.people[name].id })
      await f.record(ev.id, unit, { memberId: f.people[name].id, value })
    }
    await f.publish(ev.id)
    const square = await give(f, '语文组', 3, '开幕式方阵', 'req-square-1')
    expect(square).toMatchObject({ ok: true, data: { unit: '语文组', points: 3, reason: '开幕式方阵', by: '主席' } })
    f.h.setNow('2026-11-24T02:10:00.000Z')
    expect(await give(f, '英语组', 2, '精神文明奖', 'req-spirit-1')).toMatchObject({ ok: true })
    expect(await table(f)).toEqual([
      [1, '语文组', 8, 3],
      [2, '体育组', 7, 0],
      [3, '英语组', 2, 2],
      [4, '数学组', 0, 0]
    ])
    const { items } = await f.h.ok<any>('competition', MEMBER, { action: 'bonuses', competitionId: f.competitionId })
    expect(items.map((b: any) => [b.unit, b.points, b.reason])).toEqual([
      ['语文组', 3, '开幕式方阵'],
      ['英语组', 2, '精神文明奖']
    ])
    // corrected: 1 point, not 3
    const id = (square as any).data.id
    expect(await give(f, '语文组', 1, '开幕式方阵', 'req-square-2', { id })).toMatchObject({ ok: true, data: { id, points: 1 } })
    expect((await table(f))[0]).toEqual([1, '体育组', 7, 0])
    expect(await f.h.call('competition', CHAIR, { action: 'removeBonus', id })).toMatchObject({ ok: true, data: { removed: true } })
    expect(await f.h.call('competition', CHAIR, { action: 'removeBonus', id })).toMatchObject({ ok: true, data: { removed: false } })
    expect(await table(f)).toEqual([
      [1, '体育组', 7, 0],
      [2, '语文组', 5, 0],
      [3, '英语组', 2, 2],
      [4, '数学组', 0, 0]
    ])
    // the board and the awards list count it alike
    const board = await f.h.ok<any>('competition', MEMBER, { action: 'board', competitionId: f.competitionId })
    expect(board.table.find((r: any) => r.unit === '英语组')).toMatchObject({ points: 2, bonus: 2 })
  })

  it('a double tap adds one bonus, and a late retry of a removed one does not bring it back', async () => {
    const f = await fixture()
    const taps = await Promise.all([give(f, '数学组', 2, '组织奖', 'req-double-1'), give(f, '数学组', 2, '组织奖', 'req-double-1')])
    expect(taps.every((t) => t.ok)).toBe(true)
    expect(new Set(taps.map((t: any) => t.data.id)).size).toBe(1)
    expect((await table(f)).find((r: any[]) => r[1] === '数学组')).toEqual([1, '数学组', 2, 2])
    await f.h.ok('competition', CHAIR, { action: 'removeBonus', id: (taps[0] as any).data.id })
    expect(await give(f, '数学组', 2, '组织奖', 'req-double-1')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这项奖励分已被删除' } })
    expect((await table(f)).find((r: any[]) => r[1] === '数学组')).toEqual([1, '数学组', 0, 0])
  })

  it('takes DESIGN.md’s { competitionId, unit, points, reason } alone: without a request id each call adds a bonus', async () => {
    const f = await fixture()
    const plain = { action: 'bonus', competitionId: f.competitionId, unit: '数学组', points: 3, reason: '开幕式方阵' }
    const first = await f.h.ok('competition', CHAIR, plain)
    expect(first).toMatchObject({ id: expect.any(String), unit: '数学组', points: 3, reason: '开幕式方阵' })
    const second = await f.h.ok('competition', CHAIR, { ...plain, points: 1, reason: '精神文明奖' })
    expect(second.id).not.toBe(first.id)
    expect((await table(f)).find((r: any[]) => r[1] === '数学组')).toEqual([1, '数学组', 4, 4])
  })

  it('is the chair’s alone, for a competing unit, with a reason and points that mean something', async () => {
    const f = await fixture()
    const before = await f.h.snapshot()
    expect(await f.h.call('competition', OFFICER, { action: 'bonus', competitionId: f.competitionId, unit: '体育组', points: 2, reason: '组织奖', requestId: 'req-officer-1' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await f.h.call('competition', OFFICER, { action: 'removeBonus', id: 'x1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await give(f, '退休', 2, '组织奖', 'req-retired-1')).toMatchObject({ ok: false, error: { message: '退休不是本次比赛的参赛单位' } })
    expect(await give(f, '体育组', 2, ' ', 'req-noreason-1')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('请填写奖励原因') } })
    expect(await give(f, '体育组', 0, '组织奖', 'req-zero-1')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('奖励分不能为 0') } })
    expect(await give(f, '体育组', 2, '组织奖', 'req-ghost-1', { id: 'ghost' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await f.h.snapshot()).toBe(before)
  })
})
