import { fixture, MEMBER, OFFICER_YW } from '../test-fixture'

describe('competition.cancelRequest', () => {
  it('a member takes back a pending request; the officer sees who did it and can no longer approve it', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const asked = await f.h.ok('competition', MEMBER, { action: 'selfEnter', eventId: ev.id })
    const back = await f.h.ok('competition', MEMBER, { action: 'cancelRequest', eventId: ev.id })
    expect(back).toMatchObject({ id: asked.id, status: 'withdrawn', decidedBy: '陈思远', reason: '本人撤回' })
    // a double tap answers the same
    expect(await f.h.ok('competition', MEMBER, { action: 'cancelRequest', eventId: ev.id })).toMatchObject({ status: 'withdrawn' })
    const { items } = await f.h.ok('competition', OFFICER_YW, { action: 'entryRequests', eventId: ev.id })
    expect(items).toEqual([expect.objectContaining({ name: '陈思远', status: 'withdrawn', decidedBy: '陈思远' })])
    const r = await f.h.call('competition', OFFICER_YW, { action: 'approveEntry', entryId: asked.id, approved: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '陈思远已自己撤回了跳绳的报名' } })
    // the member may ask again, afresh
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ entry: null, canEnter: true })
    expect(await f.h.ok('competition', MEMBER, { action: 'selfEnter', eventId: ev.id })).toMatchObject({ status: 'pending' })
  })

  it('an approved entry is the officer’s to cancel', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const asked = await f.h.ok('competition', MEMBER, { action: 'selfEnter', eventId: ev.id })
    await f.h.ok('competition', OFFICER_YW, { action: 'approveEntry', entryId: asked.id, approved: true })
    expect(await f.h.call('competition', MEMBER, { action: 'cancelRequest', eventId: ev.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '跳绳的报名已通过，如需退出请联系本部门委员取消' }
    })
  })
})
