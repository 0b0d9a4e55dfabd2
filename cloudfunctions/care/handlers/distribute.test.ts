import { CHAIR, careKit } from '../testing'

describe('care.distribute: the audience of a 福利发放', () => {
  it('a unit-only distribution lists only that unit’s active members; one who left is not on it', async () => {
    const k = await careKit(4) // 会员1, 会员3 in 语文组; 会员2, 会员4 in 数学组
    await k.h.ok('member', CHAIR, { action: 'deactivate', memberId: k.member(3).id, reason: '调离本校' })
    const d = await k.ok(k.who.carer, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒', audience: { units: ['数学组'] } })
    expect(d.total).toBe(1)
    const view = await k.ok(k.who.carer, { action: 'uncollected', distributionId: d.id })
    expect(view.units).toEqual([{ unit: '数学组', total: 1, left: [{ memberId: k.member(1).id, name: '会员2' }] }])
    // the one who left cannot confirm a line they are not on
    expect(await k.call('m4', { action: 'collect', distributionId: d.id })).toMatchObject({ ok: false })
  })

  it('tags narrow the units, as for notices; tags alone pick the members carrying them', async () => {
    const k = await careKit(4)
    await k.h.ok('member', CHAIR, { action: 'tag', memberId: k.member(0).id, tags: ['新教师'] })
    await k.h.ok('member', CHAIR, { action: 'tag', memberId: k.member(1).id, tags: ['新教师'] })
    const both = await k.ok(k.who.chair, { action: 'distribute', title: '新教师见面礼', gift: '笔记本', audience: { units: ['语文组'], tags: ['新教师'] } })
    const names = async (id: string) => (await k.ok(k.who.chair, { action: 'uncollected', distributionId: id })).units.flatMap((u: any) => u.left.map((l: any) => l.name))
    expect(await names(both.id)).toEqual(['会员1'])
    const tagged = await k.ok(k.who.chair, { action: 'distribute', title: '新教师礼包', gift: '书签', audience: { tags: ['新教师'] } })
    expect((await names(tagged.id)).sort()).toEqual(['会员1', '会员2'])
  })

  it('refuses a hidden tag, an unknown unit and an audience with nobody in it, saying why', async () => {
    const k = await careKit(2)
    const base = { action: 'distribute', title: '慰问', gift: '米油' }
    expect(await k.call(k.who.chair, { ...base, audience: { tags: ['困难职工'] } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('隐藏标签') } })
    expect(await k.call(k.who.chair, { ...base, audience: { units: ['外语组'] } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('外语组') } })
    expect(await k.call(k.who.chair, { ...base, audience: { tags: ['经审委员'] } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('没有在册会员') } })
  })

  it('offers the picker the roster’s units and visible tags, never 困难职工, and refuses an officer without 慰问员', async () => {
    const k = await careKit(2)
    await k.ok(k.who.chair, { action: 'hardship', op: 'create', memberId: k.member(0).id, cause: '重病', level: 'general', measures: '走访' })
    const { choices } = await k.ok(k.who.carer, { action: 'distributions' })
    expect(choices.units).toEqual(expect.arrayContaining(['语文组', '数学组', '体育组', '行政处']))
    expect(choices.tags).toContain('慰问员')
    expect(choices.tags).not.toContain('困难职工')
    expect(await k.call(k.who.officer, { action: 'distributions' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
