import { careKit } from '../testing'

describe('care.record: the rule and the year cap', () => {
  it('takes a member exactly to the cap, refuses one yuan more saying what they had, and the chair overrides with a reason that is kept', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    const rec = (who: string, extra: Record<string, unknown>) => k.call(who, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-03-02', ...extra })
    expect(await rec(k.who.carer, { amount: 600 })).toMatchObject({ ok: true })
    expect(await rec(k.who.carer, { amount: 400 })).toMatchObject({ ok: true })
    const over = await rec(k.who.carer, { amount: 1 })
    expect(over).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('今年已领「生病住院」1000 元') } })
    const ok = await k.ok(k.who.chair, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-11-20', amount: 500, override: { reason: '二次手术，经工会委员会研究同意' } })
    expect(ok.override).toEqual({ reason: '二次手术，经工会委员会研究同意', by: '张主席' })
    const { items, yearTotals } = await k.ok(k.who.carer, { action: 'list', year: 2026, memberId: m.id })
    expect(items).toHaveLength(3)
    expect(items[0].override.reason).toBe('二次手术，经工会委员会研究同意')
    expect(yearTotals.find((t: any) => t.occasion === 'illness')).toMatchObject({ amount: 1500, cap: 1000, count: 3 })
  })

  it('a 慰问员 may override the cap with a reason too: the record keeps the reason and who gave it, for the chair to see', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    const rec = (who: string, extra: Record<string, unknown>) => k.call(who, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-03-02', ...extra })
    expect(await rec(k.who.carer, { amount: 1000 })).toMatchObject({ ok: true })
    expect((await k.ok(k.who.carer, { action: 'rules' })).can.override).toBe(true)
    const over = await rec(k.who.carer, { amount: 300, override: { reason: '二次手术，经委员会研究同意' } })
    expect(over).toMatchObject({ ok: true, data: { amount: 300, recordedBy: '李慰问', override: { reason: '二次手术，经委员会研究同意', by: '李慰问' } } })
    // no reason, no override; and whoever may not record may not override either
    expect(await rec(k.who.carer, { amount: 1, override: { reason: ' ' } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('超限理由') } })
    expect(await rec(k.who.officer, { amount: 1, override: { reason: '二次手术' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const { items } = await k.ok(k.who.chair, { action: 'list', year: 2026, memberId: m.id })
    expect(items.find((r: any) => r.override)).toMatchObject({ override: { reason: '二次手术，经委员会研究同意', by: '李慰问' } })
  })

  it('counts the cap per Beijing year and per occasion', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    await k.ok(k.who.carer, { action: 'record', memberId: m.id, occasion: 'illness', date: '2025-12-31', amount: 1000 })
    expect(await k.call(k.who.carer, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-01-01', amount: 1000 })).toMatchObject({ ok: true })
    expect(await k.call(k.who.carer, { action: 'record', memberId: m.id, occasion: 'bereavement', date: '2026-01-02', amount: 1000 })).toMatchObject({ ok: true })
  })

  it('records the same requestId once, refuses a date after today and a record with neither amount nor gift', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    const ev = { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-11-23', amount: 500, requestId: 'tap-123456' }
    const [a, b] = await Promise.all([k.ok(k.who.carer, ev), k.ok(k.who.carer, ev)])
    expect(a.id).toBe(b.id)
    expect((await k.ok(k.who.carer, { action: 'list', memberId: m.id })).items).toHaveLength(1)
    expect(await k.call(k.who.carer, { ...ev, requestId: undefined, date: '2026-11-25' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '日期：不能晚于今天' } })
    expect(await k.call(k.who.carer, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('请填写慰问金额或慰问品') }
    })
  })

  it('a changed rule applies from then on: the suggested amount and cap change, earlier records stand', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    const before = await k.ok(k.who.carer, { action: 'rules' })
    expect(before.items.find((r: any) => r.occasion === 'illness')).toMatchObject({ amount: 500, cap: 1000, dueDays: 3 })
    expect(before.source).toContain('1000 元')
    await k.ok(k.who.carer, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-11-01', amount: 800 })
    const after = await k.ok(k.who.chair, { action: 'setRules', illness: { amount: 300, cap: 800 } })
    expect(after.items.find((r: any) => r.occasion === 'illness')).toMatchObject({ amount: 300, cap: 800, dueDays: 3 })
    // read back in the { [occasion]: rule } form setRules takes
    expect((await k.ok(k.who.carer, { action: 'rules' })).illness).toEqual({ amount: 300, cap: 800, dueDays: 3 })
    expect(await k.call(k.who.carer, { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-11-02', amount: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await k.ok(k.who.carer, { action: 'list', memberId: m.id })).items[0].amount).toBe(800)
    expect(await k.call(k.who.chair, { action: 'setRules', illness: { cap: -1 } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('不能为负') } })
  })

  it('two 慰问员 recording for one member at once cannot both slip under the cap', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    const ev = { action: 'record', memberId: m.id, occasion: 'illness', date: '2026-11-20', amount: 600 }
    const rs = await Promise.all([k.call(k.who.carer, ev), k.call(k.who.keeper, ev)])
    expect(rs.filter((r) => r.ok)).toHaveLength(1)
    expect(rs.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(1)
  })
})
