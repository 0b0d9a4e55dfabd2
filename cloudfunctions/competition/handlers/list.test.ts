import { CHAIR, createHarness } from '../../../test/support/harness'

const UNITS = ['语文组', '数学组']

describe('competition.list by year', () => {
  it('answers one Beijing year when asked, and every year that has a competition', async () => {
    const h = createHarness({ now: '2024-10-10T02:00:00.000Z' })
    await h.members([{ name: '陈思远', unit: '语文组', openid: 'member' }])
    await h.ok('competition', CHAIR, { action: 'create', title: '2024年秋季运动会', units: UNITS })
    // 31 Dec 2024 17:00 UTC is already 1 Jan 2025 in Beijing
    h.setNow('2024-12-31T17:00:00.000Z')
    await h.ok('competition', CHAIR, { action: 'create', title: '2025年元旦长跑', units: UNITS })
    h.setNow('2026-11-24T02:00:00.000Z')
    await h.ok('competition', CHAIR, { action: 'create', title: '2026年秋季运动会', units: UNITS })

    const titles = async (event: Record<string, unknown>) => {
      const out = await h.ok<{ items: { title: string }[]; years: number[] }>('competition', 'member', { action: 'list', ...event })
      return { titles: out.items.map((c) => c.title), years: out.years }
    }
    expect(await titles({ year: 2025 })).toEqual({ titles: ['2025年元旦长跑'], years: [2026, 2025, 2024] })
    expect((await titles({ year: 2024 })).titles).toEqual(['2024年秋季运动会'])
    expect((await titles({ year: 2023 })).titles).toEqual([])
    expect((await titles({})).titles).toEqual(['2026年秋季运动会', '2025年元旦长跑', '2024年秋季运动会'])
  })

  it('lists this year among the years even before its first competition, and names a bad year', async () => {
    const h = createHarness({ now: '2026-03-01T02:00:00.000Z' })
    await h.members([{ name: '陈思远', unit: '语文组', openid: 'member' }])
    expect(await h.ok('competition', 'member', { action: 'list', year: 2026 })).toEqual({ items: [], years: [2026], year: 2026 })
    expect(await h.call('competition', 'member', { action: 'list', year: '去年' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('年份必须是数字') } })
  })
})

describe('competition.recordResult with nobody picked', () => {
  it('asks to pick the athlete first, not for a unit', async () => {
    const h = createHarness()
    await h.members([{ name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' }])
    const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: UNITS })
    const ev = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '100米', kind: 'timed' })
    const before = await h.snapshot()
    expect(await h.call('competition', 'officer', { action: 'recordResult', eventId: ev.id, value: '12.5' })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '请先选择运动员（手动填写时请选择单位）' }
    })
    expect(await h.snapshot()).toBe(before)
  })
})
