import { CHAIR, createHarness } from '../../../test/support/harness'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '刘芳', unit: '语文组' },
  { name: '赵敏', unit: '语文组' },
  { name: '周婷', unit: '数学组' }
]
const publish = { action: 'publish', title: '语文组教研安排', body: '周三下午教研。', category: 'notice', audience: { units: ['语文组'] } }

describe('notice.remind', () => {
  it('pushes once to each unread audience member with a grant; readers and the grantless get none', async () => {
    const h = createHarness()
    const [chen, liu, zhao, zhou] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    for (const m of [chen, liu, zhou]) await h.ok('member', m.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    const r = await h.ok('notice', CHAIR, { action: 'remind', id: n.id })
    expect(r).toMatchObject({ unread: 2, sent: 1, noGrant: 1 })
    expect(h.cloud.outbox.map((o) => o.touser)).toEqual([liu.openid])
    expect(h.cloud.outbox[0]).toMatchObject({ page: `pages/notice/index?id=${n.id}`, data: { note: '您有一条通知尚未阅读' } })
    expect(zhao.openid).toBeTruthy()
  })

  it('spends the grant: a second reminder sends nothing until the member grants again', async () => {
    const h = createHarness()
    const [, liu] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    await h.ok('member', liu.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    expect((await h.ok('notice', CHAIR, { action: 'remind', id: n.id })).sent).toBe(1)
    expect((await h.ok('notice', CHAIR, { action: 'remind', id: n.id })).sent).toBe(0)
    expect(h.cloud.outbox).toHaveLength(1)
  })

  it('refuses a withdrawn notice (CLOSED), members (FORBIDDEN) and unknown ids (NOT_FOUND), sending nothing', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    await h.ok('member', chen.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    const n = await h.ok('notice', CHAIR, publish)
    h.cloud.outbox.length = 0
    await h.ok('notice', CHAIR, { action: 'withdraw', id: n.id })
    const before = await h.snapshot()
    expect(await h.call('notice', CHAIR, { action: 'remind', id: n.id })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect(await h.call('notice', chen.openid!, { action: 'remind', id: n.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('notice', CHAIR, { action: 'remind', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.snapshot()).toBe(before)
    expect(h.cloud.outbox).toHaveLength(0)
  })

  it('says who was reminded and who could not be, and why: no grant, no phone bound, deactivated', async () => {
    const h = createHarness()
    const [chen, liu, zhao, , wu, sun] = await h.members([...rows, { name: '吴老师', unit: '语文组', openid: null }, { name: '孙老师', unit: '语文组' }])
    await h.ok('member', CHAIR, { action: 'deactivate', memberId: sun.id, reason: '调离' })
    const n = await h.ok('notice', CHAIR, publish)
    await h.ok('member', liu.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    const r = await h.ok('notice', CHAIR, { action: 'remind', id: n.id })
    expect(r.reached).toEqual([{ memberId: liu.id, name: '刘芳', unit: '语文组' }])
    expect(r.missed.map((m: { name: string; reason: string }) => [m.name, m.reason])).toEqual([
      ['吴老师', 'not-bound'],
      ['赵敏', 'no-grant'],
      ['孙老师', 'inactive']
    ])
    expect(r).toMatchObject({ unread: 3, sent: 1, noGrant: 2 })
    expect(zhao.id).toBeTruthy()
    expect(wu.openid).toBeNull()
  })

  it('a retry of the same reminder reports the same people reached and pushes nobody twice', async () => {
    const h = createHarness()
    const [, liu] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    for (let i = 0; i < 2; i++) await h.ok('member', liu.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    const first = await h.ok('notice', CHAIR, { action: 'remind', id: n.id, requestId: 'remind-key-1' })
    const again = await h.ok('notice', CHAIR, { action: 'remind', id: n.id, requestId: 'remind-key-1' })
    expect(again.reached).toEqual(first.reached)
    expect(first.reached.map((m: { name: string }) => m.name)).toEqual(['刘芳'])
    expect(h.cloud.outbox).toHaveLength(1)
  })
})
