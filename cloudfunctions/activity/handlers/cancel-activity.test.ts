import { kit } from '../testing'

describe('activity.cancelActivity', () => {
  it('calls the activity off, pushes everyone signed up who granted it, and members see 已取消 with the reason', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 2 })
    for (const p of people) await signup(p, id)
    await h.ok('activity', 'm1', { action: 'cancel', id })
    for (const who of ['m1', 'm2', 'm4']) await h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: true })
    const before = h.cloud.outbox.length
    const out = await h.ok('activity', 'officer', { action: 'cancelActivity', id, reason: '天气原因，改期另行通知' })
    expect(out.told).toBe(3)
    expect(out.activity.cancelled).toMatchObject({ reason: '天气原因，改期另行通知' })
    // m1 had cancelled; m3 has no grant
    expect(h.cloud.outbox.slice(before).map((o) => [o.touser, o.data.status])).toEqual([
      ['m2', '活动已取消'],
      ['m4', '活动已取消']
    ])
    const seen = await h.ok('activity', 'm2', { action: 'get', id })
    expect(seen.cancelled).toMatchObject({ reason: '天气原因，改期另行通知' })
    const { items } = await h.ok('activity', 'm3', { action: 'list' })
    expect(items[0].cancelled?.reason).toBe('天气原因，改期另行通知')
  })

  it('refuses sign-up with a clear message once called off', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create()
    await h.ok('activity', 'officer', { action: 'cancelActivity', id, reason: '场地维修' })
    expect(await signup(people[0], id)).toEqual({ ok: false, error: { code: 'CLOSED', message: '活动已取消，不能报名（场地维修）' } })
    expect((await h.ok('activity', 'm1', { action: 'get', id })).outlook).toBeUndefined()
  })

  it('calling off twice tells nobody twice and keeps the first reason', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create()
    for (const p of people) await signup(p, id)
    for (const who of ['m1', 'm2']) {
      await h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: true })
      await h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: true })
    }
    await h.ok('activity', 'officer', { action: 'cancelActivity', id, reason: '下雨' })
    const again = await h.ok('activity', 'officer', { action: 'cancelActivity', id, reason: '还是下雨' })
    expect(again.told).toBe(0)
    expect(again.activity.cancelled.reason).toBe('下雨')
    expect(h.cloud.outbox.map((o) => o.touser)).toEqual(['m1', 'm2'])
  })

  it('is for officers, needs a reason, and refuses edits afterwards', async () => {
    const { h, create } = await kit(1)
    const id = await create()
    expect(await h.call('activity', 'm1', { action: 'cancelActivity', id, reason: '下雨' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('activity', 'officer', { action: 'cancelActivity', id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('请填写取消原因') }
    })
    expect(await h.call('activity', 'officer', { action: 'cancelActivity', id: 'nope', reason: '下雨' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await h.ok('activity', 'chair-openid', { action: 'cancelActivity', id, reason: '下雨' })
    expect(await h.call('activity', 'officer', { action: 'update', id, title: '新' })).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '活动已取消，不能修改' } })
  })
})

describe('activity.update tells those signed up', () => {
  it('pushes a new time or place to everyone signed up, and nothing for a new description', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create()
    for (const p of people) {
      await signup(p, id)
      await h.ok('member', p.openid as string, { action: 'subscribe', templateKey: 'activity', accepted: true })
    }
    await h.ok('activity', 'officer', { action: 'update', id, description: '自带饮水' })
    expect(h.cloud.outbox).toHaveLength(0)
    await h.ok('activity', 'officer', { action: 'update', id, place: '玄武湖' })
    expect(h.cloud.outbox.map((o) => [o.touser, o.data.status, o.data.place])).toEqual([
      ['m1', '活动有变更', '玄武湖'],
      ['m2', '活动有变更', '玄武湖']
    ])
  })
})
