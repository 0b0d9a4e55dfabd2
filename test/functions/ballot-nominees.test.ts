import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'

jest.setTimeout(120_000)

/** 评优's colleague lookup: what a member may see of the roster, and who may look. */
describe('ballot.nominees: members find colleagues to nominate by name or unit', () => {
  let h: Harness
  let people: SeededMember[]
  beforeEach(async () => {
    h = createHarness({ now: '2026-11-26T02:00:00.000Z' })
    people = await h.members([
      { name: '张敏', unit: '语文组', birthday: '1970-03-02', openid: 'zhang' },
      { name: '李强', unit: '数学组', birthday: '1968-05-12', openid: 'li' },
      { name: '张伟', unit: '数学组', openid: 'zhangwei' },
      { name: '王芳', unit: '英语组', openid: 'wang' },
      { name: '赵磊', unit: '语文组', openid: null }
    ])
  })
  afterEach(() => h.cloud.close())

  // by unit, then name, in pinyin order
  it('a member sees name and unit only, of active colleagues, never themselves', async () => {
    const all = await h.ok<any>('ballot', 'zhang', { action: 'nominees' })
    expect(all.items).toEqual([
      { id: people[1].id, name: '李强', unit: '数学组' },
      { id: people[2].id, name: '张伟', unit: '数学组' },
      { id: people[3].id, name: '王芳', unit: '英语组' },
      { id: people[4].id, name: '赵磊', unit: '语文组' }
    ])
    expect(all.units).toEqual(['数学组', '英语组', '语文组'])
    expect(all.more).toBe(false)
    expect(JSON.stringify(all)).not.toMatch(/1968|1970|birthday|openid|inviteCode|gender|role/)

    expect((await h.ok<any>('ballot', 'zhang', { action: 'nominees', q: '张' })).items.map((m: any) => m.name)).toEqual(['张伟'])
    expect((await h.ok<any>('ballot', 'wang', { action: 'nominees', q: ' 张 ' })).items.map((m: any) => m.name)).toEqual(['张伟', '张敏'])
    expect((await h.ok<any>('ballot', 'wang', { action: 'nominees', unit: '语文组' })).items.map((m: any) => m.name)).toEqual(['张敏', '赵磊'])

    await h.ok('member', CHAIR, { action: 'deactivate', memberId: people[4].id, reason: '退休' })
    const after = await h.ok<any>('ballot', 'wang', { action: 'nominees', unit: '语文组' })
    expect(after.items.map((m: any) => m.name)).toEqual(['张敏'])
  })

  it('an unbound phone, or a member who left, is refused with the reason', async () => {
    expect(await h.call('ballot', 'stranger', { action: 'nominees' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('绑定') } })
    await h.ok('member', CHAIR, { action: 'deactivate', memberId: people[3].id, reason: '调离' })
    expect(await h.call('ballot', 'wang', { action: 'nominees' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('ballot', 'zhang', { action: 'nominees', q: 3 })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('姓名') } })
  })

  it('a member corrects a nomination by nominating again, sees only their own, and withdraws it while the window is open', async () => {
    const round = await h.ok<any>('ballot', CHAIR, { action: 'openNominations', title: '2026 年度师德标兵评选', honour: '师德标兵', closesAt: '2026-11-28T10:00:00.000Z' })
    const nominate = (by: string, who: SeededMember, reason: string) => h.ok<any>('ballot', by, { action: 'nominate', roundId: round.id, nomineeId: who.id, reason })
    await nominate('zhang', people[1], '带班认真')
    await nominate('zhang', people[1], '连续三年带毕业班')
    await nominate('wang', people[1], '关心青年教师')
    expect((await h.ok<any>('ballot', 'zhang', { action: 'myNominations', roundId: round.id })).items).toEqual([
      { nomineeId: people[1].id, name: '李强', unit: '数学组', reason: '连续三年带毕业班', at: '2026-11-26T02:00:00.000Z' }
    ])
    const withdraw = { action: 'withdrawNomination', roundId: round.id, nomineeId: people[1].id }
    expect(await h.ok('ballot', 'zhang', withdraw)).toEqual({ withdrawn: true })
    expect(await h.ok('ballot', 'zhang', withdraw)).toEqual({ withdrawn: false })
    expect((await h.ok<any>('ballot', 'zhang', { action: 'myNominations', roundId: round.id })).items).toEqual([])
    // 王芳's nomination of the same colleague stays
    expect((await h.ok<any>('ballot', CHAIR, { action: 'nominations', roundId: round.id })).nominees[0].reasons).toEqual([{ by: '王芳', reason: '关心青年教师' }])
    h.setNow('2026-11-28T10:00:00.000Z')
    expect(await h.call('ballot', 'wang', { ...withdraw })).toEqual({ ok: false, error: { code: 'CLOSED', message: '推荐已经截止，不能再撤回' } })
  })
})
