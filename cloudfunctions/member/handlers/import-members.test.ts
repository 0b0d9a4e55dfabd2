import { LocalCloud } from '../../_local/cloud'
import { CHAIR, createHarness } from '../../../test/support/harness'
import { MEMBERS } from '../../_shared/collections'

const row = (name: string, unit = '语文组', extra: Record<string, unknown> = {}) => ({ name, unit, gender: 'F', ...extra })

describe('member.import', () => {
  it('creates members with distinct invite codes', async () => {
    const h = createHarness()
    const { created } = await h.ok('member', CHAIR, { action: 'import', members: [row('甲'), row('乙', '数学组', { birthday: '1990-02-28', lunarBirthday: { month: 8, day: 15 } })] })
    expect(created).toHaveLength(2)
    expect(new Set(created.map((c: { inviteCode: string }) => c.inviteCode)).size).toBe(2)
    const { items } = await h.ok('member', CHAIR, { action: 'list' })
    expect(items.map((m: { name: string }) => m.name).sort()).toEqual(['乙', '甲'].sort())
  })

  it('updates a member who already exists instead of duplicating', async () => {
    const h = createHarness()
    await h.ok('member', CHAIR, { action: 'import', members: [row('甲', '语文组', { phone: '13900000000' })] })
    const second = await h.ok('member', CHAIR, { action: 'import', members: [row('甲', '语文组', { phone: '13911111111' }), row('乙')] })
    expect(second.updated).toHaveLength(1)
    expect(second.created).toHaveLength(1)
    const { items } = await h.ok('member', CHAIR, { action: 'list' })
    expect(items).toHaveLength(2)
    expect(items.find((m: { name: string }) => m.name === '甲').phone).toBe('13911111111')
  })

  it('saves nothing when any row is wrong, and names the row and field', async () => {
    const h = createHarness()
    const before = await h.snapshot()
    const res = await h.call('member', CHAIR, { action: 'import', members: [row('甲'), row('乙', '语文组', { birthday: '1990-13-01' })] })
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(!res.ok && res.error.message).toContain('第 2 行')
    expect(!res.ok && res.error.message).toContain('生日')
    const dup = await h.call('member', CHAIR, { action: 'import', members: [row('甲'), row('甲')] })
    expect(!dup.ok && dup.error.message).toContain('重复')
    expect(await h.snapshot()).toBe(before)
  })

  it('is for the chair only', async () => {
    const h = createHarness()
    await h.members([
      { name: '官', unit: '体育组', role: 'officer', openid: 'officer' },
      { name: '员', unit: '体育组', openid: 'member' }
    ])
    for (const who of ['officer', 'member', 'stranger']) {
      expect(await h.call('member', who, { action: 'import', members: [row('甲')] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await h.call('member', '', { action: 'import', members: [row('甲')] })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('refuses more than 500 rows in one call', async () => {
    const h = createHarness()
    const members = Array.from({ length: 501 }, (_, i) => row(`人${i}`))
    const res = await h.call('member', CHAIR, { action: 'import', members })
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('creates each member once when the same 500 rows are sent five times at once, at 15 ms a request', async () => {
    const cloud = new LocalCloud({ quiet: true, latency: '15', env: { UNION_CHAIR_OPENIDS: CHAIR } })
    try {
      const members = Array.from({ length: 500 }, (_, i) => row(`会员${i}`, i % 2 ? '数学组' : '语文组'))
      const t = Date.now()
      const replies = await Promise.all(Array.from({ length: 5 }, () => cloud.call('member', { action: 'import', members }, CHAIR)))
      const seconds = (Date.now() - t) / 1000
      expect(replies.every((r) => r.ok)).toBe(true)
      expect((await cloud.db.collection(MEMBERS).count()).total).toBe(500)
      // every reply hands out the same invite codes: the ones stored
      const codes = replies.map((r) => (r as { data: { created: { inviteCode: string }[] } }).data.created.map((c) => c.inviteCode).join())
      expect(new Set(codes).size).toBe(1)
      expect(codes[0].split(',')).toHaveLength(500)
      expect(seconds).toBeLessThan(cloud.timeoutOf('member'))
    } finally {
      await cloud.close()
    }
  }, 30_000)

  it('a retry after a cut-off finishes the import and answers its invite codes', async () => {
    const h = createHarness()
    const members = Array.from({ length: 150 }, (_, i) => row(`人${i}`))
    h.cloud.failNext('insertDocument', MEMBERS)
    expect((await h.call('member', CHAIR, { action: 'import', members })).ok).toBe(false)
    const again = await h.ok<{ created: unknown[]; updated: unknown[] }>('member', CHAIR, { action: 'import', members })
    expect(again.created).toHaveLength(150)
    expect(again.updated).toHaveLength(0)
    expect((await h.cloud.db.collection(MEMBERS).count()).total).toBe(150)
  })
})
