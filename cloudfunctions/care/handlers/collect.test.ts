import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { careKit } from '../testing'

const fileOf = (k: Awaited<ReturnType<typeof careKit>>, url: string) => join(k.h.cloud.filesDir, decodeURIComponent(url.replace('/_local/files/', '')))

describe('festival gifts signed for (签收)', () => {
  it('100 members confirming at once are each counted once, and a second tap changes nothing', async () => {
    const k = await careKit(100)
    const d = await k.ok(k.who.chair, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒', audience: { units: ['语文组', '数学组'] } })
    // the kit's 李慰问 is in 语文组 too
    expect(d.total).toBe(101)
    const rs = await Promise.all(k.people.map((p) => k.call(p.openid as string, { action: 'collect', distributionId: d.id })))
    expect(rs.filter((r) => !r.ok)).toEqual([])
    expect(rs.every((r) => r.ok && r.data.first)).toBe(true)
    const again = await k.ok(k.people[0].openid as string, { action: 'collect', distributionId: d.id })
    expect(again.first).toBe(false)
    const left = await k.ok(k.who.carer, { action: 'uncollected', distributionId: d.id })
    expect(left.distribution.collected).toBe(100)
    expect(left.units.flatMap((u: any) => u.left.map((l: any) => l.name))).toEqual(['李慰问'])
  }, 60000)

  it('an officer marks one for their own unit, the 签收 lists are the 慰问员’s; the 签收表 reads back with who marked it', async () => {
    const k = await careKit(3)
    // the officer 王委员 is in 体育组; give the unit a member to mark
    const [pe] = await k.h.members([{ name: '罗勇', unit: '体育组', openid: 'luo' }])
    const d = await k.ok(k.who.carer, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒' })
    expect(await k.call(k.who.officer, { action: 'uncollected', distributionId: d.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const view = await k.ok(k.who.carer, { action: 'uncollected', distributionId: d.id })
    expect(view.units.map((u: any) => u.unit)).toEqual(expect.arrayContaining(['体育组', '语文组', '数学组']))
    expect(await k.call(k.who.officer, { action: 'collect', distributionId: d.id, memberId: k.member(0).id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await k.ok(k.who.officer, { action: 'collect', distributionId: d.id, memberId: pe.id })).toMatchObject({ markedBy: '王委员', first: true })
    await k.ok(k.member(0).openid as string, { action: 'collect', distributionId: d.id })
    const out = await k.ok(k.who.chair, { action: 'export', distributionId: d.id })
    expect(out.fileName).toMatch(/^中秋慰问品-签收表-2026-11-24\.xlsx$/)
    const rows = await readXlsxFile(readFileSync(fileOf(k, out.url)), { sheet: '签收表' })
    expect(rows[0]).toEqual(['序号', '姓名', '部门', '物品', '签收时间', '经办人'])
    expect(rows).toContainEqual([expect.any(Number), '罗勇', '体育组', '月饼一盒', '2026-11-24 10:00', '王委员'])
    expect(rows).toContainEqual([expect.any(Number), k.member(0).name, '语文组', '月饼一盒', '2026-11-24 10:00', '本人确认'])
    expect(rows).toContainEqual([expect.any(Number), k.member(1).name, '数学组', '月饼一盒', '未签收', null])
  })

  it('the year’s 台账 and stats add up: 人次 and 金额 by occasion', async () => {
    const k = await careKit(2)
    const [a, b] = k.people
    await k.ok(k.who.carer, { action: 'record', memberId: a.id, occasion: 'illness', date: '2026-03-01', amount: 500, visitors: ['李慰问', '张主席'] })
    await k.ok(k.who.carer, { action: 'record', memberId: b.id, occasion: 'illness', date: '2026-04-01', amount: 300 })
    await k.ok(k.who.carer, { action: 'record', memberId: b.id, occasion: 'birth', date: '2026-05-01', gift: '婴儿用品一套' })
    await k.ok(k.who.carer, { action: 'record', memberId: b.id, occasion: 'illness', date: '2025-04-01', amount: 300 })
    const s = await k.ok(k.who.chair, { action: 'stats', year: 2026 })
    expect(s.total).toEqual({ count: 3, amount: 800 })
    expect(s.items.find((i: any) => i.occasion === 'illness')).toMatchObject({ count: 2, amount: 800 })
    const out = await k.ok(k.who.chair, { action: 'export', year: 2026 })
    const rows = await readXlsxFile(readFileSync(fileOf(k, out.url)), { sheet: '慰问台账' })
    expect(rows[1]).toEqual([1, '2026-03-01', a.name, '语文组', '生病住院', 500, null, '李慰问、张主席', null, '李慰问', null])
    expect(rows[rows.length - 1].slice(0, 6)).toEqual(['合计', null, null, null, '3 人次', 800])
    expect(await k.call(k.who.chair, { action: 'export' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
