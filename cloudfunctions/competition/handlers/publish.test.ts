import { CHAIR, fixture, MEMBER, OFFICER, rows } from '../test-fixture'

describe('competition.publish (review before publish)', () => {
  it('members see nothing of an event until the chair publishes it', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    await f.record(ev.id, '语文组', { name: '甲', value: 12.3 })
    expect(await f.h.call('competition', MEMBER, { action: 'standings', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '该项目成绩尚未公布' } })
    expect(await f.h.call('competition', MEMBER, { action: 'standings', eventId: ev.id, view: 'draft' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await f.h.ok('competition', MEMBER, { action: 'get', competitionId: f.competitionId })).events).toEqual([])
    expect((await f.h.ok('competition', OFFICER, { action: 'get', competitionId: f.competitionId })).events[0]).toMatchObject({ status: 'pending', version: 1 })
    await f.publish(ev.id)
    expect(rows(await f.standings(ev.id))).toEqual([[1, '语文组', '甲', 7]])
    expect((await f.h.ok('competition', MEMBER, { action: 'get', competitionId: f.competitionId })).events[0]).toMatchObject({ status: 'published' })
  })

  it('an officer asking for standings with only the event id sees the recorded places until publishing, then the published ones', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    await f.record(ev.id, '语文组', { name: '甲', value: 12.3 })
    await f.record(ev.id, '数学组', { name: '乙', value: 12.1 })
    const asked = async () => rows((await f.h.ok('competition', OFFICER, { action: 'standings', eventId: ev.id })).items)
    expect(await asked()).toEqual([
      [1, '数学组', '乙', 7],
      [2, '语文组', '甲', 5]
    ])
    await f.publish(ev.id)
    await f.record(ev.id, '语文组', { name: '甲', value: 11.9 })
    // published: the published places, the correction waiting for the chair's review as for members
    expect((await asked()).map((r) => r[2])).toEqual(['乙', '甲'])
  })

  it('a correction after publishing waits for the chair: members keep the published result', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    await f.record(ev.id, '语文组', { name: '甲', value: 12.3 })
    await f.record(ev.id, '数学组', { name: '乙', value: 12.5 })
    await f.publish(ev.id)
    await f.record(ev.id, '数学组', { name: '乙', value: 12.1 })
    expect((await f.standings(ev.id)).map((s: any) => s.name)).toEqual(['甲', '乙'])
    expect((await f.standings(ev.id, OFFICER, 'draft')).map((s: any) => s.name)).toEqual(['乙', '甲'])
    const { events } = await f.h.ok('competition', CHAIR, { action: 'get', competitionId: f.competitionId })
    expect(events[0].status).toBe('pending')
    await f.publish(ev.id)
    expect((await f.standings(ev.id)).map((s: any) => s.name)).toEqual(['乙', '甲'])
  })

  it('refuses to publish results that changed after the chair reviewed them', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    const first = await f.record(ev.id, '语文组', { name: '甲', value: 12.3 })
    await f.record(ev.id, '数学组', { name: '乙', value: 12.5 })
    const before = await f.h.snapshot()
    const stale = await f.h.call('competition', CHAIR, { action: 'publish', eventId: ev.id, version: first.version })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('重新审核') } })
    expect(await f.h.snapshot()).toBe(before)
    expect(await f.h.ok('competition', CHAIR, { action: 'publish', eventId: ev.id, version: 2 })).toMatchObject({ results: 2, version: 2 })
  })

  it('only the chair publishes, and only an event with results', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    const before = await f.h.snapshot()
    expect(await f.h.call('competition', CHAIR, { action: 'publish', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await f.record(ev.id, '语文组', { name: '甲', value: 12.3 })
    const recorded = await f.h.snapshot()
    expect(recorded).not.toBe(before)
    expect(await f.h.call('competition', OFFICER, { action: 'publish', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await f.h.call('competition', MEMBER, { action: 'publish', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await f.h.call('competition', CHAIR, { action: 'publish', eventId: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await f.h.call('competition', CHAIR, { action: 'publish', eventId: ev.id, version: -1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await f.h.snapshot()).toBe(recorded)
  })
})
