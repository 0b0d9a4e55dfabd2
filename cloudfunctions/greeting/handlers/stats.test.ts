import { CHAIR, createHarness } from '../../../test/support/harness'

describe('greeting counts', () => {
  it('counts 人次 greeted per month of the year', async () => {
    const h = createHarness({ now: '2026-09-30T23:00:00.000Z' })
    await h.members([
      { name: '甲', unit: '语文组', birthday: '1990-10-01' },
      { name: '乙', unit: '语文组' }
    ])
    await h.cloud.fireTimer('greeting', 'daily')
    h.setNow('2026-11-24T02:00:00.000Z')
    await h.cloud.fireTimer('greeting', 'daily')
    const r = await h.ok('greeting', CHAIR, { action: 'stats' })
    expect(r.year).toBe('2026')
    expect(r.total).toBe(3)
    expect(r.items.find((i: { month: string }) => i.month === '2026-10').count).toBe(3)
    expect(r.items).toHaveLength(12)
    expect((await h.ok('greeting', CHAIR, { action: 'stats', year: '2025' })).total).toBe(0)
  })

  it('refuses members and a malformed year', async () => {
    const h = createHarness()
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    expect(await h.call('greeting', 'a', { action: 'stats' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('greeting', CHAIR, { action: 'stats', year: '26' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('年份') } })
  })
})
