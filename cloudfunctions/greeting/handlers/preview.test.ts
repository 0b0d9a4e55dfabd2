import { CHAIR, createHarness } from '../../../test/support/harness'

describe('greeting calendar', () => {
  it('shows the next 30 days: birthdays by name, holidays by audience size', async () => {
    const h = createHarness({ now: '2026-09-14T02:00:00.000Z' })
    const [liu] = await h.members([
      { name: '刘芳', unit: '语文组', lunarBirthday: { month: 8, day: 15 } },
      { name: '吴强', unit: '数学组', gender: 'M', birthday: '1983-10-13' },
      { name: '潘国栋', unit: '退休', gender: 'M', retired: true }
    ])
    const r = await h.ok('greeting', CHAIR, { action: 'preview' })
    expect(r).toMatchObject({ from: '2026-09-14', days: 30 })
    const rows = r.items.map((i: { date: string; occasion: string; count: number }) => `${i.date} ${i.occasion} ${i.count}`)
    expect(rows).toEqual(['2026-09-25 birthday 1', '2026-09-25 mid-autumn 3', '2026-10-01 national-day 3', '2026-10-13 birthday 1'])
    expect(r.items[0].members).toEqual([{ memberId: liu.id, name: '刘芳', unit: '语文组' }])
    expect(r.items[1]).toMatchObject({ audience: 'all', members: [], enabled: true })
  })

  it('takes a start day and a length, and marks switched-off occasions', async () => {
    const h = createHarness()
    await h.members([{ name: '潘国栋', unit: '退休', gender: 'M', retired: true }])
    await h.ok('greeting', CHAIR, { action: 'setTemplate', occasion: 'double-ninth', enabled: false })
    const r = await h.ok('greeting', CHAIR, { action: 'preview', from: '2026-10-18', days: 1 })
    expect(r.items).toEqual([expect.objectContaining({ date: '2026-10-18', occasion: 'double-ninth', enabled: false, count: 1 })])
  })

  it('refuses members and bad ranges', async () => {
    const h = createHarness()
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    expect(await h.call('greeting', 'a', { action: 'preview' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('greeting', CHAIR, { action: 'preview', days: 400 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('天数') } })
    expect(await h.call('greeting', CHAIR, { action: 'preview', from: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('开始日期') } })
  })
})
