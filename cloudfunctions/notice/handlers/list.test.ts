import { CHAIR, createHarness } from '../../../test/support/harness'
import { NOTICES } from '../../_shared/collections'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '周婷', unit: '数学组' },
  { name: '王建国', unit: '体育组', role: 'officer' as const }
]
const post = (h: ReturnType<typeof createHarness>, title: string, extra: Record<string, unknown> = {}) =>
  h.ok('notice', CHAIR, { action: 'publish', title, body: `${title}的正文`, category: 'notice', ...extra })

describe('notice.list', () => {
  it('puts pinned first, then the newest', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    h.setNow('2026-11-01T02:00:00.000Z')
    await post(h, '旧的置顶', { pinned: true })
    h.setNow('2026-11-10T02:00:00.000Z')
    await post(h, '较早')
    h.setNow('2026-11-20T02:00:00.000Z')
    await post(h, '最新')
    const { items } = await h.ok('notice', chen.openid!, { action: 'list' })
    expect(items.map((i: { title: string }) => i.title)).toEqual(['旧的置顶', '最新', '较早'])
  })

  it('shows a member only the notices whose audience includes them', async () => {
    const h = createHarness()
    const [chen, zhou, wang] = await h.members(rows)
    await post(h, '全体')
    await post(h, '语文组的', { audience: { units: ['语文组'] } })
    await post(h, '委员的', { audience: { roles: ['officer'] } })
    await post(h, '语文组或委员', { audience: { units: ['语文组'], roles: ['officer'] } })
    const titles = async (openid: string) => (await h.ok('notice', openid, { action: 'list' })).items.map((i: { title: string }) => i.title).sort()
    expect(await titles(chen.openid!)).toEqual(['全体', '语文组或委员', '语文组的'].sort())
    expect(await titles(zhou.openid!)).toEqual(['全体'])
    expect(await titles(wang.openid!)).toEqual(['全体', '委员的', '语文组或委员'].sort())
    expect(await titles(CHAIR)).toHaveLength(4)
  })

  it('marks a notice unread until the member opens it', async () => {
    const h = createHarness()
    const [chen, zhou] = await h.members(rows)
    const n = await post(h, '体检')
    const unread = async (openid: string) => (await h.ok('notice', openid, { action: 'list' })).items[0].unread
    expect(await unread(chen.openid!)).toBe(true)
    await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    expect(await unread(chen.openid!)).toBe(false)
    expect(await unread(zhou.openid!)).toBe(true)
  })

  it('filters by category and carries an excerpt, not the body', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    await post(h, '体检')
    await post(h, '第三季度经费', { category: 'finance' })
    const { items } = await h.ok('notice', chen.openid!, { action: 'list', category: 'finance' })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ title: '第三季度经费', category: 'finance', excerpt: '第三季度经费的正文' })
    expect(items[0].body).toBeUndefined()
  })

  it('hides withdrawn notices from members; the chair asks for them with withdrawn: true', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const n = await post(h, '撤回的')
    await h.ok('notice', CHAIR, { action: 'withdraw', id: n.id })
    expect((await h.ok('notice', chen.openid!, { action: 'list', withdrawn: true })).items).toHaveLength(0)
    expect((await h.ok('notice', CHAIR, { action: 'list' })).items).toHaveLength(0)
    expect((await h.ok('notice', CHAIR, { action: 'list', withdrawn: true })).items[0]).toMatchObject({ status: 'withdrawn' })
  })

  it('lists more than the 1,000 rows one query answers', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const docs = Array.from({ length: 1005 }, (_, i) => ({
      _id: `n${String(i).padStart(4, '0')}`,
      title: `第${i}条`,
      body: 'x',
      excerpt: 'x',
      category: 'notice',
      audience: null,
      pinned: false,
      status: 'published',
      authorName: '工会',
      publishedAt: '2026-11-01T00:00:00.000Z'
    }))
    const ds = await h.cloud.store.datastore(NOTICES)
    await ds.insertAsync(docs)
    expect((await h.ok('notice', chen.openid!, { action: 'list' })).items).toHaveLength(1005)
  })

  it('asks an unbound phone to bind first, and rejects an unknown category', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    expect(await h.call('notice', 'stranger', { action: 'list' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const r = await h.call('notice', chen.openid!, { action: 'list', category: 'gossip' })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(!r.ok && r.error.message).toContain('类别')
  })
})
