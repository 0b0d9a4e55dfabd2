import { fixture, MEMBER, OFFICER, OFFICER_YW, CHAIR } from '../test-fixture'

type F = Awaited<ReturnType<typeof fixture>>
const selfEnter = (f: F, as: string, eventId: string) => f.h.call('competition', as, { action: 'selfEnter', eventId })
const approve = (f: F, as: string, entryId: string, approved = true, reason?: string) => f.h.call('competition', as, { action: 'approveEntry', entryId, approved, ...(reason ? { reason } : {}) })
const names = async (f: F, eventId: string) => ((await f.h.ok('competition', OFFICER, { action: 'entries', eventId })) as any).items.map((e: any) => e.name).sort()

describe('competition.selfEnter and approveEntry', () => {
  it('a member’s own entry waits for their officer and takes no place until approved', async () => {
    const f = await fixture({ unitLimit: 1 })
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const asked = await selfEnter(f, MEMBER, ev.id)
    expect(asked).toMatchObject({ ok: true, data: { status: 'pending', name: '陈思远', unit: '语文组', eventName: '跳绳' } })
    // a double tap is the same request
    expect(await selfEnter(f, MEMBER, ev.id)).toMatchObject({ ok: true, data: { id: (asked as any).data.id, status: 'pending' } })
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ entry: { status: 'pending' }, canEnter: false, why: '等待语文组的委员审核，通过后即计入名额' })
    expect(await names(f, ev.id)).toEqual([])
    // the pending request holds nothing: the officer may still enter someone else in the one place
    expect(await f.h.call('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people['孙浩'].id })).toMatchObject({ ok: true })
    const { items } = await f.h.ok<any>('competition', OFFICER_YW, { action: 'entryRequests', eventId: ev.id })
    expect(items).toEqual([expect.objectContaining({ name: '陈思远', status: 'pending' })])
    // other units' officers see none of it
    expect((await f.h.ok<any>('competition', OFFICER, { action: 'entryRequests', eventId: ev.id })).items).toEqual([])
  })

  it('the officer approves within the limits and the member sees it approved, by whom', async () => {
    const f = await fixture({ unitLimit: 2 })
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const { data } = (await selfEnter(f, MEMBER, ev.id)) as any
    expect(await approve(f, OFFICER_YW, data.id)).toMatchObject({ ok: true, data: { status: 'approved', decidedBy: '李晓梅' } })
    // approving again changes nothing
    expect(await approve(f, OFFICER_YW, data.id)).toMatchObject({ ok: true, data: { status: 'approved' } })
    expect(await names(f, ev.id)).toEqual(['陈思远'])
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ entry: { status: 'approved', decidedBy: '李晓梅' }, why: '李晓梅已确认你的报名，请按时参赛' })
    expect((await f.h.ok<any>('competition', MEMBER, { action: 'myEvents' })).items).toEqual([expect.objectContaining({ eventName: '跳绳' })])
  })

  it('the member is pushed the decision once, when they granted it: approved, or declined', async () => {
    const f = await fixture({ unitLimit: 2 })
    const rope = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const shuttle = await f.addEvent({ name: '踢毽子', kind: 'measured' })
    for (let i = 0; i < 3; i++) await f.h.ok('member', MEMBER, { action: 'subscribe', templateKey: 'activity', accepted: true })
    const asked = (await selfEnter(f, MEMBER, rope.id)) as any
    await approve(f, OFFICER_YW, asked.data.id)
    await approve(f, OFFICER_YW, asked.data.id)
    const other = (await selfEnter(f, MEMBER, shuttle.id)) as any
    await approve(f, OFFICER_YW, other.data.id, false, '本组已安排其他老师')
    expect(f.h.cloud.outbox.map((o) => [o.page, o.data.title, o.data.status])).toEqual([
      [`pages/competition-event/index?id=${rope.id}`, '跳绳报名', '报名已通过'],
      [`pages/competition-event/index?id=${shuttle.id}`, '踢毽子报名', '报名未通过']
    ])
  })

  it('an approval past the unit’s limit is refused, naming the limit, and the request stays pending', async () => {
    const f = await fixture({ unitLimit: 1 })
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const { data } = (await selfEnter(f, MEMBER, ev.id)) as any
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people['孙浩'].id })
    expect(await approve(f, OFFICER_YW, data.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '语文组在跳绳已报满 1 人，不能再通过。可先取消其他人的报名，或退回这条申请' } })
    expect(await names(f, ev.id)).toEqual(['孙浩'])
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ entry: { status: 'pending' } })
    // and a member asking when the unit is already full is told at once
    expect(await selfEnter(f, f.people['赵敏'].openid as string, ev.id)).toMatchObject({ ok: false, error: { code: 'FULL', message: '语文组在跳绳已报满 1 人' } })
  })

  it('the person’s limit of individual events holds at approval too', async () => {
    const f = await fixture({ personLimit: 1 })
    const a = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const b = await f.addEvent({ name: '踢毽子', kind: 'measured' })
    const ra = ((await selfEnter(f, MEMBER, a.id)) as any).data
    const rb = ((await selfEnter(f, MEMBER, b.id)) as any).data
    expect(await approve(f, OFFICER_YW, ra.id)).toMatchObject({ ok: true })
    expect(await approve(f, OFFICER_YW, rb.id)).toMatchObject({ ok: false, error: { message: expect.stringContaining('陈思远已报 1 个个人项目，达到每人上限') } })
  })

  it('twenty approvals at once never put a unit over its limit', async () => {
    const f = await fixture({ unitLimit: 3 })
    const ev = await f.addEvent({ name: '拔河', kind: 'timed', team: true, unitLimit: 3 })
    const crowd = await f.h.members(Array.from({ length: 17 }, (_, i) => ({ name: `语文${i + 1}`, unit: '语文组', gender: 'M' as const })))
    const openids = [MEMBER, f.people['孙浩'].openid, f.people['赵敏'].openid, ...crowd.map((m) => m.openid)] as string[]
    const ids = await Promise.all(openids.map(async (o) => ((await selfEnter(f, o, ev.id)) as any).data.id as string))
    expect(ids).toHaveLength(20)
    const res = await Promise.all(ids.map((id) => approve(f, OFFICER_YW, id)))
    expect(res.filter((r) => r.ok)).toHaveLength(3)
    expect(res.filter((r) => !r.ok).map((r: any) => r.error.message)).toEqual(Array(17).fill('语文组在拔河已报满 3 人，不能再通过。可先取消其他人的报名，或退回这条申请'))
    expect(await names(f, ev.id)).toHaveLength(3)
    const pending = (await f.h.ok<any>('competition', OFFICER_YW, { action: 'entryRequests', eventId: ev.id })).items
    expect(pending).toHaveLength(17)
  })

  it('a declined member sees why, and cannot ask again; a member cannot approve; other units’ officers cannot', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const { data } = (await selfEnter(f, MEMBER, ev.id)) as any
    const before = await f.h.snapshot()
    expect(await approve(f, MEMBER, data.id)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await approve(f, OFFICER, data.id)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有语文组的委员可以审核这条报名' } })
    expect(await f.h.snapshot()).toBe(before)
    expect(await approve(f, OFFICER_YW, data.id, false, '本组已安排其他老师')).toMatchObject({ ok: true, data: { status: 'declined' } })
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({
      entry: { status: 'declined', decidedBy: '李晓梅', reason: '本组已安排其他老师' },
      canEnter: false,
      why: '原因：本组已安排其他老师。如有疑问请联系本部门委员'
    })
    expect(await selfEnter(f, MEMBER, ev.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('李晓梅已退回你的跳绳报名：本组已安排其他老师') } })
    // the officer may change their mind
    expect(await approve(f, OFFICER_YW, data.id)).toMatchObject({ ok: true, data: { status: 'approved' } })
    expect(await approve(f, CHAIR, 'ghost')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('keeps women’s events for women and closes once results are recorded, saying so', async () => {
    const f = await fixture()
    const women = await f.addEvent({ name: '跳绳', kind: 'measured', category: '女子' })
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: women.id })).toMatchObject({ entry: null, canEnter: false, why: '女子跳绳只限女会员报名' })
    expect(await selfEnter(f, MEMBER, women.id)).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '女子跳绳只限女会员报名' } })
    const ev = await f.addEvent({ name: '踢毽子', kind: 'measured' })
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ canEnter: true, why: expect.stringContaining('报名后由语文组的委员审核') })
    await f.h.ok('competition', OFFICER, { action: 'enter', eventId: ev.id, memberId: f.people['罗勇'].id })
    await f.record(ev.id, '体育组', { memberId: f.people['罗勇'].id, value: 30 })
    expect(await selfEnter(f, MEMBER, ev.id)).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '踢毽子已开始录入成绩，报名已截止' } })
    expect(await f.h.call('competition', MEMBER, { action: 'selfEnter', eventId: 5 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('项目') } })
  })

  it('an officer entering a member who asked answers the request', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    await selfEnter(f, MEMBER, ev.id)
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people['陈思远'].id })
    expect((await f.h.ok<any>('competition', OFFICER_YW, { action: 'entryRequests', eventId: ev.id })).items).toEqual([])
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ entry: { status: 'approved', decidedBy: '李晓梅' } })
  })

  it('an approved entry the officer withdraws reads as taken back, not vanished', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured' })
    const { data } = (await selfEnter(f, MEMBER, ev.id)) as any
    await approve(f, OFFICER_YW, data.id)
    await f.h.ok('competition', OFFICER_YW, { action: 'withdraw', eventId: ev.id, memberId: f.people['陈思远'].id })
    expect(await f.h.ok('competition', MEMBER, { action: 'myEntry', eventId: ev.id })).toMatchObject({ entry: { status: 'declined', reason: '已被委员取消报名' } })
  })
})
