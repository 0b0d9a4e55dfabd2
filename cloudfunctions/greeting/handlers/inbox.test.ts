import { CHAIR, createHarness } from '../../../test/support/harness'

describe('greeting inbox', () => {
  it("shows a member their own cards, newest first, and nobody else's", async () => {
    const h = createHarness({ now: '2026-09-30T23:00:00.000Z' })
    await h.members([
      { name: '甲', unit: '语文组', birthday: '1990-10-01', openid: 'a' },
      { name: '乙', unit: '数学组', openid: 'b' }
    ])
    await h.cloud.fireTimer('greeting', 'daily')
    h.setNow('2026-12-31T23:00:00.000Z')
    await h.cloud.fireTimer('greeting', 'daily')
    const { items } = await h.ok('greeting', 'a', { action: 'inbox' })
    expect(items.map((i: { date: string }) => i.date)).toEqual(['2027-01-01', '2026-10-01', '2026-10-01'])
    expect(items.map((i: { occasion: string }) => i.occasion).sort()).toEqual(['birthday', 'national-day', 'new-year'])
    expect(items[0]).toEqual({ id: expect.any(String), occasion: 'new-year', date: '2027-01-01', title: '元旦快乐', text: expect.stringContaining('甲老师') })
    expect((await h.ok('greeting', 'b', { action: 'inbox' })).items).toHaveLength(2)
  })

  it('an unbound phone is told to bind first', async () => {
    const h = createHarness()
    expect(await h.call('greeting', 'stranger', { action: 'inbox' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('邀请码') } })
    expect(await h.call('greeting', CHAIR, { action: 'inbox', extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
