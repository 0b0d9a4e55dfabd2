import { kit } from '../testing'

const unseenTitles = (r: { items: { title: string; unseen?: true }[] }) => r.items.filter((a) => a.unseen).map((a) => a.title)

describe('activity.list tells a member what is new to them', () => {
  it('an open activity is new until the member looks at 活动; a later one is new again', async () => {
    const { h, create } = await kit(2)
    await create({ title: '周末登山' })
    const peek = await h.ok('activity', 'm1', { action: 'list' })
    expect([peek.unseen, unseenTitles(peek)]).toEqual([1, ['周末登山']])
    // looking (markSeen) still shows what was new on this visit, then it is no longer new
    const look = await h.ok('activity', 'm1', { action: 'list', markSeen: true })
    expect(unseenTitles(look)).toEqual(['周末登山'])
    expect((await h.ok('activity', 'm1', { action: 'list' })).unseen).toBe(0)
    await create({ title: '迎新年长跑' })
    const later = await h.ok('activity', 'm1', { action: 'list' })
    expect([later.unseen, unseenTitles(later)]).toEqual([1, ['迎新年长跑']])
    // another member's look is their own
    expect((await h.ok('activity', 'm2', { action: 'list' })).unseen).toBe(2)
  })

  it('is not new to a member who may not take part, has signed up, or when sign-up is not open yet', async () => {
    const { h, create, signup } = await kit(2)
    await create({ title: '男职工篮球', eligibility: { gender: 'M' } })
    const mine = await create({ title: '周末登山' })
    await create({ title: '冬至包饺子', signupOpensAt: '2026-11-26T00:00:00.000Z' })
    expect((await signup('m1', mine)).ok).toBe(true)
    const r = await h.ok('activity', 'm1', { action: 'list' })
    expect([r.unseen, unseenTitles(r)]).toEqual([0, []])
    // once its sign-up opens, 冬至包饺子 is new
    h.setNow('2026-11-26T01:00:00.000Z')
    expect(unseenTitles(await h.ok('activity', 'm2', { action: 'list' })).sort()).toEqual(['冬至包饺子', '周末登山'])
  })

  it('keeps earlier years under 往年: this year and what is not over by default, one year on asking', async () => {
    const { h, create } = await kit(1)
    await create({ title: '2026 秋游' })
    h.setNow('2027-03-01T02:00:00.000Z')
    await create({ title: '2027 春游', startAt: '2027-03-20T01:00:00.000Z', endAt: '2027-03-20T08:00:00.000Z', signupClosesAt: '2027-03-15T10:00:00.000Z' })
    const now = await h.ok('activity', 'm1', { action: 'list' })
    expect([now.items.map((a: { title: string }) => a.title), now.years]).toEqual([['2027 春游'], [2026]])
    const past = await h.ok('activity', 'm1', { action: 'list', year: 2026 })
    expect(past.items.map((a: { title: string }) => a.title)).toEqual(['2026 秋游'])
    expect(await h.call('activity', 'm1', { action: 'list', year: 2026.5 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '年份：请填写整数' } })
  })
})
