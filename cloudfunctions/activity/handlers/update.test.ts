import { kit } from '../testing'

describe('activity.create and update', () => {
  it('an officer creates an activity members see in the list, open for sign-up', async () => {
    const { h, create } = await kit(1)
    const id = await create({ capacity: 30, description: '自带饮水', fields: [{ key: 'size', label: '衣服尺码', type: 'single', options: ['M', 'L'] }] })
    const { items } = await h.ok('activity', 'm1', { action: 'list' })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ id, title: '周末登山', capacity: 30, confirmed: 0, waitlisted: 0, phase: 'open', waitlist: true, mine: null })
    expect(JSON.stringify(items)).not.toContain('checkinCode')
  })

  it('is for officers and the chair only', async () => {
    const { h, base } = { ...(await kit(1)), base: (await import('../testing')).base }
    expect(await h.call('activity', 'm1', { action: 'create', ...base })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('activity', 'stranger', { action: 'list' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await h.call('activity', 'chair-openid', { action: 'create', ...base })).ok).toBe(true)
  })

  it('names the field that is wrong and saves nothing', async () => {
    const { h } = await kit(1)
    const { base } = await import('../testing')
    const before = await h.snapshot()
    const msg = async (over: Record<string, unknown>) => {
      const r = await h.call('activity', 'officer', { action: 'create', ...base, ...over })
      return r.ok ? 'ok' : `${r.error.code} ${r.error.message}`
    }
    expect(await msg({ title: ' ' })).toBe('BAD_REQUEST 标题：请填写标题')
    expect(await msg({ capacity: 0 })).toBe('BAD_REQUEST 名额：至少 1 人')
    expect(await msg({ capacity: -5 })).toBe('BAD_REQUEST 名额：不能是负数')
    expect(await msg({ capacity: 1.5 })).toBe('BAD_REQUEST 名额：请填写整数')
    expect(await msg({ capacity: '三十' })).toBe('BAD_REQUEST 名额：请填写数字')
    expect(await msg({ capacity: 100000 })).toBe('BAD_REQUEST 名额：最多 10000 人')
    expect(await msg({ quotas: { 语文组: -2 } })).toBe('BAD_REQUEST 部门名额 语文组：不能是负数')
    expect(await msg({ batches: [{ label: '上午场', capacity: 2.5 }] })).toBe('BAD_REQUEST 批次 第 1 项 名额：请填写整数')
    expect(await msg({ fields: [{ key: 'n', label: '人数', type: 'number', min: 5, max: 3 }] })).toBe('BAD_REQUEST 报名信息项 第 1 项 最小值：「人数」的最小值 5 不能大于最大值 3')
    expect(await msg({ fields: [{ key: 'n', label: '人数', type: 'number', max: 'x' }] })).toBe('BAD_REQUEST 报名信息项 第 1 项 最大值：请填写数字')
    expect(await msg({ signupClosesAt: 'tomorrow' })).toBe('BAD_REQUEST 报名截止时间：时间格式不正确')
    expect(await msg({ signupOpensAt: '2026-11-30T10:00:00.000Z' })).toBe('BAD_REQUEST 报名截止时间：应晚于报名开始时间')
    expect(await msg({ endAt: '2026-11-30T10:00:00.000Z' })).toBe('BAD_REQUEST 结束时间：应晚于开始时间')
    expect(await msg({ signupClosesAt: '2026-11-20T10:00:00.000Z' })).toBe('BAD_REQUEST 报名截止时间：已经过去了')
    expect(await msg({ fields: [{ key: 'size', label: '尺码', type: 'single' }] })).toContain('请为「尺码」填写选项')
    expect(
      await msg({
        fields: [
          { key: 'a', label: '甲', type: 'text' },
          { key: 'a', label: '乙', type: 'text' }
        ]
      })
    ).toContain('报名信息项的代号有重复')
    expect(await msg({ capacity: 10, batches: [{ label: '上午', capacity: 5 }] })).toBe('BAD_REQUEST 名额：分批活动请为每一批分别设置名额')
    expect(await msg({ eligibility: { gender: 'X' } })).toContain('报名条件 性别')
    expect(await h.snapshot()).toBe(before)
  })

  it('lowering capacity below the confirmed count keeps everyone and stops promotions until there is room', async () => {
    const { h, people, create, signup } = await kit(6)
    const id = await create({ capacity: 4 })
    for (const p of people) await signup(p, id)
    const edited = await h.ok('activity', 'officer', { action: 'update', id, capacity: 2 })
    expect(edited).toMatchObject({ capacity: 2, confirmed: 4, waitlisted: 2 })
    await h.ok('activity', 'm1', { action: 'cancel', id })
    await h.ok('activity', 'm2', { action: 'cancel', id })
    expect((await h.ok('activity', 'm5', { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
    await h.ok('activity', 'm3', { action: 'cancel', id })
    expect((await h.ok('activity', 'm5', { action: 'get', id })).mine.status).toBe('confirmed')
    expect((await h.ok('activity', 'm6', { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
  })

  it('raising capacity promotes from the waitlist at once', async () => {
    const { h, people, create, signup } = await kit(5)
    const id = await create({ capacity: 1 })
    for (const p of people) await signup(p, id)
    expect(await h.ok('activity', 'officer', { action: 'update', id, capacity: 3 })).toMatchObject({ confirmed: 3, waitlisted: 2 })
    expect(await h.ok('activity', 'officer', { action: 'update', id, capacity: null })).toMatchObject({ capacity: null, confirmed: 5, waitlisted: 0 })
  })

  it('keeps a batch that has sign-ups and edits the others', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({
      batches: [
        { label: '上午场', capacity: 5 },
        { label: '下午场', capacity: 5 }
      ]
    })
    await signup(people[0], id, { batch: 'b1' })
    const before = await h.snapshot()
    expect(await h.call('activity', 'officer', { action: 'update', id, batches: [{ key: 'b2', label: '下午场', capacity: 5 }] })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '「上午场」已有人报名，不能删除' }
    })
    expect(await h.snapshot()).toBe(before)
    const edited = await h.ok('activity', 'officer', { action: 'update', id, title: '秋季运动会', batches: [{ key: 'b1', label: '上午场', capacity: 8 }, { label: '晚场' }] })
    expect(edited.title).toBe('秋季运动会')
    expect(edited.batches.map((b: { key: string; capacity: number | null; confirmed: number }) => [b.key, b.capacity, b.confirmed])).toEqual([
      ['b1', 8, 1],
      ['b2', null, 0]
    ])
  })

  it('answers NOT_FOUND for an activity that does not exist', async () => {
    const { h } = await kit(0)
    expect(await h.call('activity', 'officer', { action: 'update', id: 'nope', title: '新' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('activity', 'officer', { action: 'get', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
