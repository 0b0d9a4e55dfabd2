import { careKit } from '../testing'

describe('care.forgotten: who the union has not reached this year', () => {
  it('against a seeded year: leaves out the cared for, the checked in and the greeted, lists retirees first, and ignores last year', async () => {
    const k = await careKit(5)
    const [cared, checkedIn, greeted, retiree, quiet] = k.people
    await k.h.ok('member', 'chair-openid', { action: 'update', memberId: retiree.id, retired: true })
    await k.ok(k.who.carer, { action: 'record', memberId: cared.id, occasion: 'wedding', date: '2026-05-01', amount: 500 })
    await k.ok(k.who.carer, { action: 'record', memberId: quiet.id, occasion: 'illness', date: '2025-12-31', amount: 500 })
    const db = k.h.cloud.db
    // as the activity and greeting functions store them: a check-in at Beijing 2026-01-01 00:30, a card opened in 2025
    await db.collection('signups').add({ data: { activityId: 'a1', memberId: checkedIn.id, status: 'confirmed', attended: true, attendedAt: '2025-12-31T16:30:00.000Z' } })
    await db.collection('signups').add({ data: { activityId: 'a0', memberId: quiet.id, status: 'confirmed', attended: true, attendedAt: '2025-12-31T15:30:00.000Z' } })
    await db.collection('greetings').add({ data: { memberId: greeted.id, occasion: 'birthday', date: '2026-04-01', month: '2026-04', openedAt: '2026-04-01T01:00:00.000Z' } })
    const { items } = await k.ok(k.who.carer, { action: 'forgotten', year: 2026 })
    const names = items.map((i: any) => i.name)
    expect(names[0]).toBe(retiree.name)
    expect(names).toContain(quiet.name)
    expect(names).not.toContain(cared.name)
    expect(names).not.toContain(checkedIn.name)
    expect(names).not.toContain(greeted.name)
    const last = (await k.ok(k.who.carer, { action: 'forgotten', year: 2025 })).items.map((i: any) => i.name)
    expect(last).not.toContain(quiet.name)
    expect(last).toContain(checkedIn.name)
  })

  it('leaves out a member who has left the union', async () => {
    const k = await careKit(2)
    await k.h.ok('member', 'chair-openid', { action: 'deactivate', memberId: k.member(0).id, reason: '调离' })
    const names = (await k.ok(k.who.carer, { action: 'forgotten', year: 2026 })).items.map((i: any) => i.name)
    expect(names).toEqual(expect.arrayContaining([k.member(1).name]))
    expect(names).not.toContain(k.member(0).name)
  })

  it('takes the year as "2026" (a query string, a picker) as well as 2026, for list, forgotten, stats and export; "26" is refused', async () => {
    const k = await careKit(1)
    await k.ok(k.who.carer, { action: 'record', memberId: k.member(0).id, occasion: 'illness', date: '2026-05-01', amount: 500 })
    for (const action of ['list', 'forgotten', 'stats'])
      expect({ action, r: await k.call(k.who.carer, { action, year: '2026' }) }).toEqual({ action, r: await k.call(k.who.carer, { action, year: 2026 }) })
    expect((await k.ok(k.who.carer, { action: 'stats', year: '2026' })).year).toBe(2026)
    expect(await k.call(k.who.carer, { action: 'export', year: '2026' })).toMatchObject({ ok: true, data: { fileName: expect.stringContaining('2026') } })
    for (const year of ['26', '2026年', '２０２６'])
      expect(await k.call(k.who.carer, { action: 'stats', year })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '年份必须是 4 位数字，如 2026' } })
    expect(await k.call(k.who.carer, { action: 'stats', year: '1999' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('年份不正确') } })
  })
})
