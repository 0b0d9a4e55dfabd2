import { kit } from '../testing'

const grant = (h: Awaited<ReturnType<typeof kit>>['h'], who: string, n = 1) =>
  Promise.all(Array.from({ length: n }, () => h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: true })))

describe('a new activity is announced once to each member who may take part', () => {
  it('pushes every eligible member with an activity grant, and nobody ineligible or without a grant', async () => {
    // m3 is a man (not eligible); m4 holds no grant
    const { h, create } = await kit(4, [{}, {}, { gender: 'M' }, {}])
    for (const who of ['m1', 'm2', 'm3']) await grant(h, who)
    const id = await create({ title: '三八节插花', eligibility: { gender: 'F' } })
    expect(h.cloud.outbox.map((o) => [o.touser, o.data.title, o.data.status, o.page]).sort()).toEqual([
      ['m1', '三八节插花', '开放报名', `pages/activity-detail/index?id=${id}`],
      ['m2', '三八节插花', '开放报名', `pages/activity-detail/index?id=${id}`]
    ])
  })

  it('a retried create answers the same activity and pushes nobody twice', async () => {
    const { h, create } = await kit(3)
    for (const who of ['m1', 'm2', 'm3']) await grant(h, who, 2)
    const first = await create({ requestId: 'form-0001-abc' })
    const again = await create({ requestId: 'form-0001-abc' })
    expect(again).toBe(first)
    expect((await h.ok('activity', 'm1', { action: 'list' })).items).toHaveLength(1)
    expect(h.cloud.outbox.map((o) => o.touser).sort()).toEqual(['m1', 'm2', 'm3'])
    // each member still holds the grant a second push would have spent
    const left = await Promise.all(['m1', 'm2', 'm3'].map((who) => h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: false })))
    expect(left.map((r) => r.grants)).toEqual([1, 1, 1])
  })

  it('a repeat of the publish (as after a cut-off) tells only who was not told yet', async () => {
    const { h, create } = await kit(3)
    for (const who of ['m1', 'm2']) await grant(h, who, 2)
    await create({ requestId: 'form-0002-abc' })
    // m3 grants afterwards; the retry of the same publish tells m3, not m1 or m2 again
    await grant(h, 'm3')
    await create({ requestId: 'form-0002-abc' })
    expect(h.cloud.outbox.map((o) => o.touser).sort()).toEqual(['m1', 'm2', 'm3'])
  })

  it('an activity whose sign-up opens later says 报名未开始', async () => {
    const { h, create } = await kit(1)
    await grant(h, 'm1')
    await create({ signupOpensAt: '2026-11-26T00:00:00.000Z' })
    expect(h.cloud.outbox.map((o) => [o.touser, o.data.status])).toEqual([['m1', '报名未开始']])
  })
})
