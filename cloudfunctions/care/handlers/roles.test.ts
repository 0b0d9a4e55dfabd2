import { CHAIR, careKit } from '../testing'

const refused = { ok: false, error: { code: 'FORBIDDEN' } }

/** One valid payload per action, so a refusal can only be the role's. */
function payloads(memberId: string, otherId: string, distributionId: string): Record<string, Record<string, unknown>> {
  return {
    report: { memberId, occasion: 'illness' },
    record: { memberId, occasion: 'illness', date: '2026-11-20', amount: 500 },
    tasks: {},
    overdue: {},
    list: {},
    rules: {},
    setRules: { illness: { amount: 600 } },
    forgotten: { year: 2026 },
    distribute: { title: '中秋慰问品', gift: '月饼一盒' },
    distributions: {},
    collect: { distributionId, memberId: otherId },
    uncollected: { distributionId },
    export: { year: 2026 },
    hardship: { op: 'list' },
    stats: { year: 2026 },
    mine: {},
    members: { q: '会员' }
  }
}

describe('care: who may do what', () => {
  it('refuses officers without 慰问员, members and strangers on every care action, and lets the chair and 慰问员 through', async () => {
    const k = await careKit(2)
    const m = k.member(0)
    const dist = await k.ok(k.who.chair, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒', audience: { units: ['数学组'] } })
    const all = payloads(m.id, k.member(1).id, dist.id)
    // DESIGN: chair and 慰问员 only, except mine (and collect, whose payload here marks a member of another unit)
    const officerMay = new Set(['mine'])
    const memberMay = new Set(['mine'])
    for (const [action, payload] of Object.entries(all)) {
      if (!officerMay.has(action)) expect({ action, r: await k.call(k.who.officer, { action, ...payload }) }).toMatchObject({ action, r: refused })
      if (!memberMay.has(action)) expect({ action, r: await k.call(m.openid as string, { action, ...payload }) }).toMatchObject({ action, r: refused })
      expect({ action, r: await k.call(k.who.stranger, { action, ...payload }) }).toMatchObject({ action, r: refused })
    }
    for (const action of ['report', 'members', 'record', 'tasks', 'overdue', 'list', 'rules', 'forgotten', 'distributions', 'uncollected', 'export', 'stats']) {
      expect({ action, r: await k.call(k.who.carer, { action, ...all[action] }) }).toMatchObject({ action, r: { ok: true } })
    }
    expect(await k.call(k.who.carer, { action: 'setRules', ...all.setRules })).toMatchObject(refused)
    expect(await k.call(k.who.chair, { action: 'setRules', ...all.setRules })).toMatchObject({ ok: true })
  })

  it('keeps hardship files from every 慰问员 but the named keeper; the chair and keeper see them, others at most the total', async () => {
    const k = await careKit(2)
    const m = k.member(0)
    await k.ok(k.who.chair, { action: 'hardship', op: 'create', memberId: m.id, cause: '配偶重病，长期治疗', level: 'serious', measures: '每学期走访一次，协助申请大病救助' })
    expect(await k.call(k.who.carer, { action: 'hardship', op: 'list' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('档案管理人') } })
    const kept = await k.ok(k.who.keeper, { action: 'hardship', op: 'list' })
    expect(kept.items.map((f: any) => [f.name, f.cause])).toEqual([[m.name, '配偶重病，长期治疗']])
    expect(await k.call(k.who.keeper, { action: 'hardship', op: 'keeper', memberId: k.member(1).id })).toMatchObject(refused)
    const stats = await k.ok(k.who.carer, { action: 'stats', year: 2026 })
    expect(stats.hardship).toEqual({ files: 1 })
    expect(JSON.stringify(stats)).not.toContain('配偶重病')
  })

  it('a keeper who is not a 慰问员 keeps the files and finds members for them, and nothing more of care', async () => {
    const k = await careKit(2)
    await k.ok(k.who.chair, { action: 'hardship', op: 'keeper', memberId: k.member(1).id })
    const keeper = k.member(1).openid as string
    expect(await k.call(keeper, { action: 'members', q: '会员' })).toMatchObject({ ok: true })
    expect(await k.call(keeper, { action: 'hardship', op: 'list' })).toMatchObject({ ok: true })
    for (const action of ['report', 'tasks', 'distributions'])
      expect({ action, r: await k.call(keeper, { action, memberId: k.member(0).id, occasion: 'illness' }) }).toMatchObject({ action, r: refused })
  })

  it('shows the hidden 困难职工 tag to the chair alone, never to officers or the member', async () => {
    const k = await careKit(2)
    const m = k.member(0)
    await k.h.ok('member', CHAIR, { action: 'tag', memberId: m.id, tags: ['新教师', '困难职工'] })
    const chairView = await k.h.ok('member', CHAIR, { action: 'list' })
    expect(chairView.items.find((x: any) => x.id === m.id).tags).toEqual(['新教师', '困难职工'])
    const officerView = await k.h.ok('member', k.who.officer, { action: 'list' })
    expect(officerView.items.find((x: any) => x.id === m.id).tags).toEqual(['新教师'])
    expect(JSON.stringify(officerView)).not.toContain('困难职工')
    expect(JSON.stringify(await k.h.ok('member', m.openid as string, { action: 'me' }))).not.toContain('困难职工')
    expect(await k.h.call('member', k.who.officer, { action: 'tag', memberId: m.id, tags: [] })).toMatchObject(refused)
    expect(await k.h.call('member', CHAIR, { action: 'tag', memberId: m.id, tags: 'x' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('标签') } })
  })

  it('mine answers only the caller’s own care and gifts', async () => {
    const k = await careKit(2)
    const [a, b] = [k.member(0), k.member(1)]
    await k.ok(k.who.carer, { action: 'record', memberId: a.id, occasion: 'illness', date: '2026-11-20', amount: 500 })
    await k.ok(k.who.carer, { action: 'record', memberId: b.id, occasion: 'wedding', date: '2026-11-21', amount: 300, note: '新婚' })
    const mineA = await k.ok(a.openid as string, { action: 'mine' })
    expect(mineA.items.map((i: any) => [i.label, i.amount])).toEqual([['生病住院', 500]])
    expect(JSON.stringify(mineA)).not.toContain(b.name)
    expect(await k.call(a.openid as string, { action: 'collect', distributionId: 'nope', memberId: b.id })).toMatchObject(refused)
  })
})
