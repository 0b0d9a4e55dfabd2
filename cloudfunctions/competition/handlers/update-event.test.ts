import { CHAIR, fixture, MEMBER, OFFICER, OFFICER_YW } from '../test-fixture'

describe('competition.updateEvent', () => {
  it('fixes a typo and the points before results are published', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '男子50米', kind: 'timed', category: '男子' })
    const edited = await f.h.ok('competition', OFFICER, { action: 'updateEvent', eventId: ev.id, name: '50米', points: [9, 7, 5], unitLimit: 3 })
    expect(edited).toMatchObject({ id: ev.id, name: '50米', category: '男子', points: [9, 7, 5], unitLimit: 3, kind: 'timed' })
    const { events } = await f.h.ok('competition', OFFICER, { action: 'get', competitionId: f.competitionId })
    expect(events.map((e: { name: string }) => e.name)).toEqual(['50米'])
  })

  it('a lowered per-unit limit keeps everyone entered, says which units are over it, and takes nobody new there', async () => {
    const f = await fixture({ unitLimit: 3 })
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured', measure: 'count' })
    for (const name of ['陈思远', '孙浩']) await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people[name].id })
    await f.h.ok('competition', CHAIR, { action: 'enter', eventId: ev.id, memberId: f.people['吴强'].id })
    const edited = await f.h.ok('competition', OFFICER, { action: 'updateEvent', eventId: ev.id, unitLimit: 1 })
    expect(edited).toMatchObject({ unitLimit: 1, overLimit: [{ unit: '语文组', entries: 2, limit: 1 }] })
    const { items } = await f.h.ok('competition', OFFICER, { action: 'entries', eventId: ev.id })
    expect(items.map((e: { name: string }) => e.name).sort()).toEqual(['吴强', '孙浩', '陈思远'].sort())
    expect(await f.h.call('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people['赵敏'].id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '语文组在跳绳已报满 1 人' }
    })
    // raising it again, or an edit that leaves the limit alone, has nothing to say
    expect((await f.h.ok('competition', OFFICER, { action: 'updateEvent', eventId: ev.id, unitLimit: 2 })).overLimit).toBeUndefined()
  })

  it('uses the new points in the standings', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured', measure: 'count' })
    await f.record(ev.id, '数学组', { name: '甲', value: 120 })
    await f.h.ok('competition', OFFICER, { action: 'updateEvent', eventId: ev.id, points: [10] })
    expect((await f.standings(ev.id, OFFICER, 'draft'))[0]).toMatchObject({ place: 1, points: 10 })
  })

  it('refuses once published, a clash with another event, a new kind after results, and members', async () => {
    const f = await fixture()
    const a = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    const b = await f.addEvent({ name: '100米', kind: 'timed', category: '女子' })
    const call = (event: Record<string, unknown>, as = OFFICER) => f.h.call('competition', as, { action: 'updateEvent', ...event })
    expect(await call({ eventId: b.id, category: '男子' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已经有“男子100米”这个项目了' } })
    expect(await call({ eventId: b.id, name: '' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('项目名称') } })
    expect(await call({ eventId: b.id, name: '200米' }, MEMBER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call({ eventId: 'nope', name: '200米' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await f.record(a.id, '语文组', { name: '甲', value: 12.5 })
    expect(await call({ eventId: a.id, kind: 'measured' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已经录入成绩，不能再改项目类型或计量单位' } })
    await f.publish(a.id)
    const before = await f.h.snapshot()
    expect(await call({ eventId: a.id, name: '200米' }, OFFICER_YW)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '男子100米的成绩已公布，不能再修改项目' } })
    expect(await f.h.snapshot()).toBe(before)
    expect(await call({ eventId: b.id, name: '200米' }, CHAIR)).toMatchObject({ ok: true })
  })
})
