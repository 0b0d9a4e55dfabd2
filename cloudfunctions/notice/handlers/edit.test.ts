import { CHAIR, createHarness } from '../../../test/support/harness'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '周婷', unit: '数学组' },
  { name: '王建国', unit: '体育组', role: 'officer' as const }
]
const publish = { action: 'publish', title: '体检通知', body: '周六体检。', category: 'notice', audience: { units: ['语文组'], roles: ['officer'] } }

describe('notice.edit', () => {
  it('changes the text and shows when it was edited, without pushing again', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    await h.ok('member', chen.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    await h.ok('member', chen.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
    const n = await h.ok('notice', CHAIR, publish)
    h.setNow('2026-11-24T05:00:00.000Z')
    const { notice } = await h.ok('notice', CHAIR, { action: 'edit', id: n.id, body: '改到周日体检。' })
    expect(notice).toMatchObject({ body: '改到周日体检。', title: '体检通知', editedAt: '2026-11-24T05:00:00.000Z', publishedAt: n.publishedAt })
    const seen = await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    expect(seen.notice.editedAt).toBe('2026-11-24T05:00:00.000Z')
    expect((await h.ok('notice', chen.openid!, { action: 'list' })).items[0].excerpt).toBe('改到周日体检。')
    expect(h.cloud.outbox).toHaveLength(1)
  })

  it('replaces the audience whole: moving to 数学组 drops 语文组 and the officers', async () => {
    const h = createHarness()
    const [chen, zhou, wang] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    await h.ok('notice', CHAIR, { action: 'edit', id: n.id, audience: { units: ['数学组'] } })
    const count = async (openid: string) => (await h.ok('notice', openid, { action: 'list' })).items.length
    expect([await count(chen.openid!), await count(zhou.openid!), await count(wang.openid!)]).toEqual([0, 1, 0])
    const { notice } = await h.ok('notice', CHAIR, { action: 'edit', id: n.id, audience: null })
    expect(notice.audience).toBeNull()
    expect(await count(chen.openid!)).toBe(1)
  })

  it('pins without marking the notice edited', async () => {
    const h = createHarness()
    await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    const { notice } = await h.ok('notice', CHAIR, { action: 'edit', id: n.id, pinned: true })
    expect(notice.pinned).toBe(true)
    expect(notice.editedAt).toBeUndefined()
  })

  it.each([
    [{ title: '' }, 'BAD_REQUEST', '标题'],
    [{ body: '字'.repeat(5001) }, 'BAD_REQUEST', '正文'],
    [{ category: 'gossip' }, 'BAD_REQUEST', '类别'],
    [{ audience: { units: ['化学组'] } }, 'BAD_REQUEST', '部门'],
    [{}, 'BAD_REQUEST', '没有要修改的内容']
  ])('rejects %j (%s naming %s), writing nothing', async (bad, code, words) => {
    const h = createHarness()
    await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    const before = await h.snapshot()
    const r = await h.call('notice', CHAIR, { action: 'edit', id: n.id, ...bad })
    expect(r).toMatchObject({ ok: false, error: { code } })
    expect(!r.ok && r.error.message).toContain(words)
    expect(await h.snapshot()).toBe(before)
  })

  it('refuses members, unknown ids and withdrawn notices', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    expect(await h.call('notice', chen.openid!, { action: 'edit', id: n.id, title: '改' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('notice', CHAIR, { action: 'edit', id: 'nope', title: '改' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await h.ok('notice', CHAIR, { action: 'withdraw', id: n.id })
    expect(await h.call('notice', CHAIR, { action: 'edit', id: n.id, title: '改' })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
  })
})
