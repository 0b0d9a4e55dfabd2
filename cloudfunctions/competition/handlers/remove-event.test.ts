import { CHAIR, fixture, MEMBER, OFFICER, OFFICER_YW } from '../test-fixture'

describe('competition.removeEvent', () => {
  it('removes an unpublished event, drops its entries and gives their places back', async () => {
    const f = await fixture({ personLimit: 1 })
    const wrong = await f.addEvent({ name: '男子男子50米', kind: 'timed', category: '男子' })
    const other = await f.addEvent({ name: '跳远', kind: 'measured', category: '男子' })
    const chen = f.people['陈思远'].id
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: wrong.id, memberId: chen })
    await f.record(wrong.id, '语文组', { memberId: chen, value: 7.8 })
    // the person limit (1) is taken by the wrong event
    expect(await f.h.call('competition', OFFICER_YW, { action: 'enter', eventId: other.id, memberId: chen })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await f.h.call('competition', OFFICER, { action: 'removeEvent', eventId: wrong.id })).toEqual({ ok: true, data: { removed: true, entries: 1, results: 1 } })
    const { events } = await f.h.ok('competition', OFFICER, { action: 'get', competitionId: f.competitionId })
    expect(events.map((e: { name: string }) => e.name)).toEqual(['跳远'])
    expect((await f.h.ok('competition', MEMBER, { action: 'myEvents' })).items).toEqual([])
    expect(await f.h.call('competition', OFFICER_YW, { action: 'enter', eventId: other.id, memberId: chen })).toMatchObject({ ok: true })
    expect(await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: wrong.id, unit: '语文组', name: '甲', value: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses once results are published, and for members', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    expect(await f.h.call('competition', MEMBER, { action: 'removeEvent', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await f.record(ev.id, '数学组', { name: '甲', value: 12.1 })
    await f.publish(ev.id)
    const before = await f.h.snapshot()
    expect(await f.h.call('competition', CHAIR, { action: 'removeEvent', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '男子100米的成绩已公布，不能删除' } })
    expect(await f.h.snapshot()).toBe(before)
  })
})
