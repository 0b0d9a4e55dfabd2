import { CHAIR, createHarness } from '../../../test/support/harness'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '刘芳', unit: '语文组' },
  { name: '赵敏', unit: '语文组', openid: null },
  { name: '周婷', unit: '数学组' }
]
const publish = { action: 'publish', title: '第三季度工会经费公开', body: '收入 12.6 万元。', category: 'finance' }

describe('notice.readers', () => {
  it('splits the audience into read and unread, per unit', async () => {
    const h = createHarness()
    const [chen, , , zhou] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    h.setNow('2026-11-24T03:00:00.000Z')
    await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    await h.ok('notice', zhou.openid!, { action: 'get', id: n.id })
    const r = await h.ok('notice', CHAIR, { action: 'readers', id: n.id })
    expect(r.read).toEqual([
      { memberId: zhou.id, name: '周婷', unit: '数学组', readAt: '2026-11-24T03:00:00.000Z' },
      { memberId: chen.id, name: '陈思远', unit: '语文组', readAt: '2026-11-24T03:00:00.000Z' }
    ])
    expect(r.unread.map((u: { name: string; bound: boolean }) => [u.name, u.bound])).toEqual([
      ['刘芳', true],
      ['赵敏', false]
    ])
    expect(r.units).toEqual([
      { unit: '数学组', read: 1, total: 1 },
      { unit: '语文组', read: 1, total: 3 }
    ])
  })

  it('counts only the audience: a unit notice lists only that unit', async () => {
    const h = createHarness()
    await h.members(rows)
    const n = await h.ok('notice', CHAIR, { ...publish, audience: { units: ['数学组'] } })
    const r = await h.ok('notice', CHAIR, { action: 'readers', id: n.id })
    expect(r.unread.map((u: { name: string }) => u.name)).toEqual(['周婷'])
    expect(r.units).toEqual([{ unit: '数学组', read: 0, total: 1 }])
  })

  it('is the chair’s alone (FORBIDDEN to members) and NOT_FOUND for an unknown id', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, publish)
    expect(await h.call('notice', chen.openid!, { action: 'readers', id: n.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('notice', CHAIR, { action: 'readers', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
