import { kit } from '../testing'

describe('activity.signup', () => {
  it('confirms until the places are gone, then waitlists with a visible position', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 2 })
    expect(await signup(people[0], id)).toEqual({ ok: true, data: { status: 'confirmed' } })
    expect(await signup(people[1], id)).toEqual({ ok: true, data: { status: 'confirmed' } })
    expect(await signup(people[2], id)).toEqual({ ok: true, data: { status: 'waitlisted', position: 1, reason: '名额已满' } })
    expect(await signup(people[3], id)).toEqual({ ok: true, data: { status: 'waitlisted', position: 2, reason: '名额已满' } })
    const seen = await h.ok('activity', 'm4', { action: 'get', id })
    expect(seen).toMatchObject({ confirmed: 2, waitlisted: 2, mine: { status: 'waitlisted', position: 2 } })
  })

  it('answers a retried sign-up with the same place instead of a second one', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 1 })
    await signup(people[0], id)
    await signup(people[1], id)
    expect(await signup(people[0], id)).toEqual({ ok: true, data: { status: 'confirmed' } })
    expect(await signup(people[1], id)).toEqual({ ok: true, data: { status: 'waitlisted', position: 1, reason: '名额已满' } })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect([r.confirmed.length, r.waitlisted.length]).toEqual([1, 1])
  })

  it('never confirms more than the capacity when everyone taps at once', async () => {
    const { h, people, create, signup } = await kit(30)
    const id = await create({ capacity: 10 })
    const results = await Promise.all(people.flatMap((p) => [signup(p, id), signup(p, id)]))
    expect(results.every((r) => r.ok)).toBe(true)
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed).toHaveLength(10)
    expect(r.waitlisted).toHaveLength(20)
    expect(r.waitlisted.map((w: { position: number }) => w.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })

  it('says FULL when there is no waitlist', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 1, waitlist: false })
    await signup(people[0], id)
    const before = await h.snapshot()
    expect(await signup(people[1], id)).toEqual({ ok: false, error: { code: 'FULL', message: '名额已满' } })
    expect(await h.snapshot()).toBe(before)
  })

  it('holds a unit to its quota while other units still get places', async () => {
    const { people, create, signup } = await kit(6)
    // people 0, 2, 4 are 语文组; 1, 3, 5 数学组
    const id = await create({ capacity: 10, waitlist: false, quotas: { 语文组: 2 } })
    expect((await signup(people[0], id)).ok).toBe(true)
    expect((await signup(people[2], id)).ok).toBe(true)
    const third = await signup(people[4], id)
    expect(third).toMatchObject({ ok: false, error: { code: 'FULL' } })
    expect(!third.ok && third.error.message).toContain('语文组的名额已满')
    expect(await signup(people[1], id)).toMatchObject({ ok: true, data: { status: 'confirmed' } })
  })

  it('waitlists a member whose unit is at its quota when there is a waitlist', async () => {
    const { people, create, signup } = await kit(6)
    const id = await create({ capacity: 10, quotas: { 语文组: 1 } })
    await signup(people[0], id)
    expect(await signup(people[2], id)).toEqual({ ok: true, data: { status: 'waitlisted', position: 1, reason: '语文组的名额已满（每个部门最多 1 人）' } })
  })

  it('tells a waitlisted member why, and keeps saying it on the page: the places, or their unit quota', async () => {
    const { h, people, create, signup } = await kit(6)
    const id = await create({ capacity: 2, quotas: { 语文组: 1 } })
    await signup(people[0], id)
    // 语文组 is at its quota while a place is still free
    const quota = await signup(people[2], id)
    expect(quota).toMatchObject({ ok: true, data: { status: 'waitlisted', reason: '语文组的名额已满（每个部门最多 1 人）' } })
    expect((await h.ok('activity', people[2].openid!, { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1, waitReason: '语文组的名额已满（每个部门最多 1 人）' })
    // a retried tap answers the same reason
    expect(await signup(people[2], id)).toMatchObject({ ok: true, data: { reason: '语文组的名额已满（每个部门最多 1 人）' } })
    await signup(people[1], id)
    // now the activity itself is full
    expect(await signup(people[3], id)).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 2, reason: '名额已满' } })
  })

  it('refuses before the window opens and after it closes with CLOSED', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({ signupOpensAt: '2026-11-25T01:00:00.000Z' })
    const early = await signup(people[0], id)
    expect(early).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect(!early.ok && early.error.message).toContain('11月25日 09:00')
    h.setNow('2026-11-30T10:00:00.000Z')
    expect(await signup(people[0], id)).toEqual({ ok: false, error: { code: 'CLOSED', message: '报名已截止' } })
  })

  it('tells an ineligible member why, in Chinese', async () => {
    const { h, people, create, signup } = await kit(3, [{ gender: 'M' }, { gender: 'F' }, { gender: 'F', retired: true, unit: '退休' }])
    const women = await create({ title: '女职工插花', eligibility: { gender: 'F' } })
    expect(await signup(people[0], women)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '本活动仅限女职工参加' } })
    expect((await signup(people[1], women)).ok).toBe(true)
    const retirees = await create({ eligibility: { retired: true } })
    expect(await signup(people[1], retirees)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '本活动仅限退休教职工参加' } })
    expect((await signup(people[2], retirees)).ok).toBe(true)
    const units = await create({ eligibility: { units: ['数学组'] } })
    expect(await signup(people[0], units)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '本活动仅限数学组参加' } })
    expect((await h.ok('activity', 'm1', { action: 'get', id: women })).ineligible).toBe('本活动仅限女职工参加')
  })

  it('checks the answers and names the field that is wrong', async () => {
    const { h, people, create, signup } = await kit(1)
    const fields = [
      { key: 'size', label: '衣服尺码', type: 'single', options: ['S', 'M', 'L'], required: true },
      { key: 'events', label: '参赛项目', type: 'multiple', options: ['拔河', '跳绳'] },
      { key: 'family', label: '携带家属人数', type: 'number', min: 0, max: 3 },
      { key: 'note', label: '备注', type: 'text' }
    ]
    const id = await create({ fields })
    const before = await h.snapshot()
    const msg = async (answers: unknown) => {
      const r = await signup(people[0], id, { answers })
      return r.ok ? 'ok' : `${r.error.code} ${r.error.message}`
    }
    expect(await msg({})).toBe('BAD_REQUEST 「衣服尺码」为必选项，请选择')
    expect(await msg({ size: 'XL' })).toBe('BAD_REQUEST 「衣服尺码」只能选择 S、M、L')
    expect(await msg({ size: 'M', family: '两个' })).toBe('BAD_REQUEST 「携带家属人数」应填写数字，请填写 0 到 3 的整数')
    expect(await msg({ size: 'M', family: 5 })).toBe('BAD_REQUEST 「携带家属人数」不能大于 3，请填写 0 到 3 的整数')
    expect(await msg({ size: 'M', events: '拔河' })).toBe('BAD_REQUEST 「参赛项目」应选择一项或多项')
    expect(await msg({ size: 'M', shoe: 42 })).toContain('BAD_REQUEST')
    expect(await h.snapshot()).toBe(before)
    expect(await msg({ size: 'M', events: ['拔河'], family: 2, note: ' 素食 ' })).toBe('ok')
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed[0].answers).toEqual({ size: 'M', events: ['拔河'], family: 2, note: '素食' })
  })

  it('lets the member pick a batch, each with its own places', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({
      batches: [
        { label: '上午场', capacity: 1 },
        { label: '下午场', capacity: 5 }
      ]
    })
    expect(await signup(people[0], id)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '批次：请选择要参加的批次' } })
    expect(await signup(people[0], id, { batch: 'b9' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await signup(people[0], id, { batch: 'b1' })).toEqual({ ok: true, data: { status: 'confirmed', batch: 'b1' } })
    expect(await signup(people[1], id, { batch: 'b1' })).toEqual({ ok: true, data: { status: 'waitlisted', position: 1, batch: 'b1', reason: expect.stringMatching(/^「.+」名额已满$/) } })
    expect(await signup(people[2], id, { batch: 'b2' })).toEqual({ ok: true, data: { status: 'confirmed', batch: 'b2' } })
    const a = await h.ok('activity', 'm1', { action: 'get', id })
    expect(a.batches).toEqual([
      { key: 'b1', label: '上午场', capacity: 1, confirmed: 1, waitlisted: 1 },
      { key: 'b2', label: '下午场', capacity: 5, confirmed: 1, waitlisted: 0 }
    ])
    expect(a.capacity).toBe(6)
  })

  it('rejects bad input and strangers without writing', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create()
    const before = await h.snapshot()
    expect(await signup(people[0], 'no-such-activity')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const bad = await signup(people[0], id, { answers: 'M' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(!bad.ok && bad.error.message).toContain('填写内容')
    expect(await signup('stranger', id)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await signup(people[0], id, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await h.snapshot()).toBe(before)
  })
})
