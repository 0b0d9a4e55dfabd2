import { kit } from '../testing'

describe('activity.cancel', () => {
  it('promotes the first on the waitlist at once and pushes them when they granted it', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 2 })
    for (const p of people) await signup(p, id)
    await h.ok('member', 'm3', { action: 'subscribe', templateKey: 'activity', accepted: true })
    expect(await h.call('activity', 'm1', { action: 'cancel', id })).toEqual({ ok: true, data: { status: 'cancelled' } })
    expect((await h.ok('activity', 'm3', { action: 'get', id })).mine).toMatchObject({ status: 'confirmed' })
    expect((await h.ok('activity', 'm4', { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(h.cloud.outbox).toHaveLength(1)
    expect(h.cloud.outbox[0]).toMatchObject({
      touser: 'm3',
      templateKey: 'activity',
      page: `pages/activity-detail/index?id=${id}`,
      data: { title: '周末登山', status: '候补已转正', time: '2026-12-01 09:00' }
    })
  })

  it('promotes without a push when the member has no grant, and spends a grant only once', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 1 })
    for (const p of people) await signup(p, id)
    await h.ok('member', 'm2', { action: 'subscribe', templateKey: 'activity', accepted: true })
    await h.ok('activity', 'm1', { action: 'cancel', id })
    await h.ok('activity', 'm2', { action: 'cancel', id })
    expect(h.cloud.outbox.map((o) => o.touser)).toEqual(['m2'])
    expect((await h.ok('activity', 'm3', { action: 'get', id })).mine.status).toBe('confirmed')
  })

  it('skips a waitlisted member whose unit is at its quota and promotes the next', async () => {
    const { h, people, create, signup } = await kit(4)
    // 0, 2: 语文组; 1, 3: 数学组. 语文组 may hold one place.
    const id = await create({ capacity: 2, quotas: { 语文组: 1 } })
    await signup(people[0], id)
    await signup(people[1], id)
    await signup(people[2], id) // waitlisted 1st (语文组, over quota)
    await signup(people[3], id) // waitlisted 2nd (数学组)
    await h.ok('activity', 'm2', { action: 'cancel', id })
    expect((await h.ok('activity', 'm4', { action: 'get', id })).mine.status).toBe('confirmed')
    expect((await h.ok('activity', 'm3', { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
    // when 语文组's own place is given back, its waiting member moves up
    await h.ok('activity', 'm1', { action: 'cancel', id })
    expect((await h.ok('activity', 'm3', { action: 'get', id })).mine.status).toBe('confirmed')
  })

  it('lets a waitlisted member leave the queue, moving those behind up', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 1 })
    for (const p of people) await signup(p, id)
    await h.ok('activity', 'm2', { action: 'cancel', id })
    expect((await h.ok('activity', 'm3', { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
    expect((await h.ok('activity', 'm1', { action: 'get', id })).mine.status).toBe('confirmed')
  })

  it('promotes exactly the first waitlisted when several cancel at once', async () => {
    const { h, people, create, signup } = await kit(16)
    const id = await create({ capacity: 6 })
    for (const p of people) await signup(p, id)
    await Promise.all(['m1', 'm2', 'm3', 'm4'].map((o) => h.ok('activity', o, { action: 'cancel', id })))
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed.map((e: { name: string }) => e.name)).toEqual(['会员5', '会员6', '会员7', '会员8', '会员9', '会员10'])
    expect(r.waitlisted.map((e: { name: string; position: number }) => `${e.position}:${e.name}`)).toEqual(['1:会员11', '2:会员12', '3:会员13', '4:会员14', '5:会员15', '6:会员16'])
  })

  it('a member who cancels and signs up again joins the end of the queue', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 1 })
    for (const p of people) await signup(p, id)
    await h.ok('activity', 'm1', { action: 'cancel', id })
    expect(await signup(people[0], id)).toEqual({ ok: true, data: { status: 'waitlisted', position: 2, reason: '名额已满' } })
    expect((await h.ok('activity', 'm2', { action: 'get', id })).mine.status).toBe('confirmed')
  })

  it('is idempotent, gives the place back after the close too, and refuses once the activity is over or for someone not signed up', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 1 })
    await signup(people[0], id)
    const before = await h.snapshot()
    expect(await h.call('activity', 'm2', { action: 'cancel', id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '你没有报名这个活动' } })
    expect(await h.call('activity', 'm1', { action: 'cancel', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('activity', 'm1', { action: 'cancel' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '缺少 id' } })
    expect(await h.snapshot()).toBe(before)
    h.setNow('2026-12-01T08:00:00.000Z')
    expect(await h.call('activity', 'm1', { action: 'cancel', id })).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '活动已经结束，不能再取消报名' } })
    expect(await h.snapshot()).toBe(before)
    h.setNow('2026-11-30T11:00:00.000Z')
    await h.ok('activity', 'm1', { action: 'cancel', id })
    expect(await h.call('activity', 'm1', { action: 'cancel', id })).toEqual({ ok: true, data: { status: 'cancelled' } })
  })
})
