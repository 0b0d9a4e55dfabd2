import { CHAIR, createHarness } from '../../../test/support/harness'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '刘芳', unit: '语文组' },
  { name: '周婷', unit: '数学组' },
  { name: '王建国', unit: '体育组', role: 'officer' as const }
]
const base = { title: '关于工会会员体检的通知', body: '本周六上午体检。\n\n请空腹。', category: 'notice' }

describe('notice.publish', () => {
  it('answers the created notice with its id, published now by the chair', async () => {
    const h = createHarness()
    await h.members(rows)
    const n = await h.ok('notice', CHAIR, { action: 'publish', ...base, pinned: true })
    expect(n).toMatchObject({ title: base.title, category: 'notice', pinned: true, status: 'published', audience: null, publishedAt: '2026-11-24T02:00:00.000Z' })
    expect(n.id).toEqual(expect.any(String))
  })

  it('pushes one message to each audience member with an unused grant, and none to others', async () => {
    const h = createHarness()
    const [chen, liu, zhou] = await h.members(rows)
    for (const m of [chen, zhou]) await h.ok('member', m.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    const n = await h.ok('notice', CHAIR, { action: 'publish', ...base, audience: { units: ['语文组'] } })
    expect(h.cloud.outbox.map((o) => o.touser)).toEqual([chen.openid])
    expect(h.cloud.outbox[0]).toMatchObject({ templateKey: 'notice', page: `pages/notice/index?id=${n.id}`, data: { title: base.title, category: '通知' } })
    expect(liu.openid).not.toBe(chen.openid)
  })

  it('never spends more grants than a member gave: one grant, two notices, one message', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    await h.ok('member', chen.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    await h.ok('notice', CHAIR, { action: 'publish', ...base })
    await h.ok('notice', CHAIR, { action: 'publish', ...base, title: '第二条' })
    expect(h.cloud.outbox.filter((o) => o.touser === chen.openid)).toHaveLength(1)
    const me = await h.ok('member', chen.openid!, { action: 'subscribe', templateKey: 'notice', accepted: false })
    expect(me.grants).toBe(0)
  })

  it('reaches a role audience: officers only', async () => {
    const h = createHarness()
    const members = await h.members(rows)
    for (const m of members) await h.ok('member', m.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    await h.ok('notice', CHAIR, { action: 'publish', ...base, audience: { roles: ['officer'] } })
    expect(h.cloud.outbox.map((o) => o.touser)).toEqual([members[3].openid])
  })

  it('refuses members and officers (FORBIDDEN), writing nothing', async () => {
    const h = createHarness()
    const [chen, , , wang] = await h.members(rows)
    const before = await h.snapshot()
    for (const who of [chen, wang]) {
      expect(await h.call('notice', who.openid!, { action: 'publish', ...base })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await h.snapshot()).toBe(before)
  })

  it.each([
    [{ title: '' }, '标题'],
    [{ title: '通'.repeat(61) }, '标题'],
    [{ body: '   ' }, '正文'],
    [{ body: '字'.repeat(5001) }, '正文'],
    [{ category: 'gossip' }, '类别'],
    [{ audience: { units: ['化学组'] } }, '部门'],
    [{ audience: { units: [] } }, '部门'],
    [{ audience: { roles: ['boss'] } }, '角色'],
    [{ pinned: 'yes' }, '置顶']
  ])('rejects %j naming %s, writing nothing', async (bad, field) => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    await h.ok('member', chen.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    const before = await h.snapshot()
    const r = await h.call('notice', CHAIR, { action: 'publish', ...base, ...bad })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(!r.ok && r.error.message).toContain(field)
    expect(await h.snapshot()).toBe(before)
    expect(h.cloud.outbox).toHaveLength(0)
  })

  it('takes a title of exactly 60 and a body of exactly 5,000 characters', async () => {
    const h = createHarness()
    await h.members(rows)
    const n = await h.ok('notice', CHAIR, { action: 'publish', ...base, title: '题'.repeat(60), body: '字'.repeat(5000) })
    expect(n.title).toHaveLength(60)
  })
})
