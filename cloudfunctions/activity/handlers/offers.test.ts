import { kit } from '../testing'

describe('activity offers (offerHours, confirm, decline)', () => {
  it('offers the freed place to the first waiting, who confirms it in time', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 1, offerHours: 24 })
    await signup(people[0], id)
    await signup(people[1], id)
    await h.ok('activity', 'm1', { action: 'decline', id })
    const offered = await h.ok('activity', 'm2', { action: 'get', id })
    // 2026-11-24 10:00 in Beijing + 24 h
    expect(offered.mine).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-25T02:00:00.000Z' })
    expect(await h.ok('activity', 'm2', { action: 'confirm', id })).toEqual({ status: 'confirmed' })
    expect(await h.ok('activity', 'm2', { action: 'confirm', id })).toEqual({ status: 'confirmed' })
    expect((await h.ok('activity', 'm2', { action: 'get', id })).mine.status).toBe('confirmed')
  })

  it('passes an unconfirmed offer on exactly once under re-fired and concurrent timers', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 1, offerHours: 2 })
    for (const p of people) await signup(p, id)
    await h.ok('activity', 'm1', { action: 'decline', id })
    expect((await h.ok('activity', 'm2', { action: 'get', id })).mine.status).toBe('offered')
    // not before the deadline
    expect(await h.cloud.fireTimer('activity', 'offers')).toMatchObject({ ok: true, data: { expired: 0 } })
    h.setNow('2026-11-24T04:00:00.000Z')
    const runs = await Promise.all([1, 2, 3].map(() => h.cloud.fireTimer('activity', 'offers')))
    expect(runs.reduce((n, r) => n + (r.ok ? (r.data as { expired: number }).expired : 0), 0)).toBe(1)
    expect(await h.cloud.fireTimer('activity', 'offers')).toMatchObject({ ok: true, data: { expired: 0 } })
    expect((await h.ok('activity', 'm2', { action: 'get', id })).mine).toBeNull()
    expect(await h.call('activity', 'm2', { action: 'confirm', id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '确认期限已过，名额已顺延给下一位候补' } })
    const third = await h.ok('activity', 'm3', { action: 'get', id })
    expect(third.mine).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-24T06:00:00.000Z' })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.activity.confirmed).toBe(1)
    expect(r.waitlisted.map((w: { name: string; position: number }) => [w.name, w.position])).toEqual([['会员4', 1]])
  })

  it('lets a member decline, or cancel, after the close, and the next waiting moves up', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 1 })
    for (const p of people) await signup(p, id)
    h.setNow('2026-11-30T11:00:00.000Z')
    expect(await h.ok('activity', 'm1', { action: 'cancel', id })).toEqual({ status: 'cancelled' })
    expect((await h.ok('activity', 'm2', { action: 'get', id })).mine.status).toBe('confirmed')
    expect(await h.ok('activity', 'm2', { action: 'decline', id })).toEqual({ status: 'cancelled' })
    expect((await h.ok('activity', 'm3', { action: 'get', id })).mine.status).toBe('confirmed')
    expect((await h.ok('activity', 'officer', { action: 'roster', id })).confirmed.map((e: { name: string }) => e.name)).toEqual([people[2].name])
  })
})

describe('activity companions', () => {
  const field = { key: 'family', label: '同行家属', type: 'companions' }

  it('waitlists a sign-up whose companions would pass the capacity (capacity 10, 9 taken)', async () => {
    const { h, people, create, signup } = await kit(11)
    const id = await create({ capacity: 10, fields: [field] })
    for (const p of people.slice(0, 9)) expect(await signup(p, id)).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    expect(await signup(people[9], id, { answers: { family: 1 } })).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 1, reason: '名额只剩 1 个，不够本人加同行 1 人' } })
    // one alone still fits the last place
    expect(await signup(people[10], id)).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.activity.confirmed).toBe(10)
  })

  it('counts companions against capacity and the unit quota, and gives them back on cancel', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 10, quotas: { 语文组: 3 }, fields: [field] })
    expect(await signup(people[0], id, { answers: { family: 2 } })).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    // 语文组 holds 3 of 3 with m1 and two companions
    expect(await signup(people[2], id)).toMatchObject({ ok: true, data: { status: 'waitlisted' } })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed[0]).toMatchObject({ name: '会员1', companions: 2 })
    expect(r.activity.confirmed).toBe(3)
    await h.ok('activity', 'm1', { action: 'cancel', id })
    const after = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(after.activity.confirmed).toBe(1)
    expect(after.confirmed.map((e: { name: string }) => e.name)).toEqual(['会员3'])
  })

  it('refuses more companions than the field allows, naming the field', async () => {
    const { create, signup } = await kit(1)
    const id = await create({ capacity: 10, fields: [{ ...field, max: 2 }] })
    expect(await signup('m1', id, { answers: { family: 3 } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '「同行家属」请填写 0 到 2 的整数（不含本人）' } })
  })
})

describe('activity.signupFor (代报)', () => {
  it('signs up a member without a phone, marked with who did it; their own sign-up later finds it', async () => {
    const { h, people, create } = await kit(2, [{ openid: null }])
    const id = await create({ capacity: 5 })
    expect(await h.call('activity', 'm2', { action: 'signupFor', id, memberId: people[0].id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.ok('activity', 'officer', { action: 'signupFor', id, memberId: people[0].id })).toEqual({ status: 'confirmed' })
    expect(await h.ok('activity', 'officer', { action: 'signupFor', id, memberId: people[0].id })).toEqual({ status: 'confirmed' })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed).toEqual([expect.objectContaining({ name: '会员1', proxyBy: '王委员' })])
    // bound later, the member sees the place as theirs and a second sign-up takes nothing more
    await h.ok('member', 'later-phone', { action: 'bind', inviteCode: people[0].inviteCode })
    expect(await h.ok('activity', 'later-phone', { action: 'signup', id })).toEqual({ status: 'confirmed' })
    expect((await h.ok('activity', 'later-phone', { action: 'get', id })).mine).toMatchObject({ status: 'confirmed', proxyBy: '王委员' })
    expect((await h.ok('activity', 'officer', { action: 'roster', id })).activity.confirmed).toBe(1)
  })

  it('enters a lottery for the member, and names an unknown member', async () => {
    const { h, people, create } = await kit(1)
    const id = await create({ capacity: 5, allocation: 'lottery' })
    expect(await h.ok('activity', 'officer', { action: 'signupFor', id, memberId: people[0].id })).toMatchObject({ status: 'entered' })
    expect(await h.call('activity', 'officer', { action: 'signupFor', id, memberId: 'nobody-here' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '会员：找不到这位会员' } })
  })
})
