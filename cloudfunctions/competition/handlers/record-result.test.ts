import { fixture, MEMBER, OFFICER, rows } from '../test-fixture'

const fail = (code: string) => ({ ok: false, error: { code } })

describe('competition.recordResult', () => {
  it('timed: seconds or m:ss.xx, the fastest first', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '800米', kind: 'timed' })
    await f.record(ev.id, '语文组', { name: '甲', value: '2:31.40' })
    await f.record(ev.id, '数学组', { name: '乙', value: 148.2 })
    await f.record(ev.id, '英语组', { name: '丙', value: '151.4' })
    const items = await f.standings(ev.id, OFFICER, 'draft')
    expect(items.map((s: any) => [s.place, s.name, s.display])).toEqual([
      [1, '乙', '2:28.20'],
      [2, '甲', '2:31.40'],
      [2, '丙', '2:31.40']
    ])
  })

  it('measured: the longest jump wins, and counts are whole numbers', async () => {
    const f = await fixture()
    const jump = await f.addEvent({ name: '立定跳远', kind: 'measured', category: '女子' })
    await f.record(jump.id, '语文组', { name: '甲', value: '2.05' })
    await f.record(jump.id, '数学组', { name: '乙', value: '2.31米' })
    expect((await f.standings(jump.id, OFFICER, 'draft')).map((s: any) => [s.place, s.name, s.display])).toEqual([
      [1, '乙', '2.31米'],
      [2, '甲', '2.05米']
    ])
    const rope = await f.addEvent({ name: '跳绳', kind: 'measured', measure: 'count' })
    const half = await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: rope.id, unit: '语文组', name: '甲', value: '120.5' })
    expect(half).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '次数必须是整数' } })
  })

  it('team: tug of war places units', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '拔河', kind: 'measured', measure: 'count', team: true })
    await f.record(ev.id, '体育组', { value: 3 })
    await f.record(ev.id, '语文组', { value: 1 })
    expect(rows(await f.standings(ev.id, OFFICER, 'draft'))).toEqual([
      [1, '体育组', '体育组', 7],
      [2, '语文组', '语文组', 5]
    ])
  })

  it('judged: the mean of the judges, without the highest and lowest when the event says so', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '青年教师赛课', kind: 'judged', dropHighLow: true, judges: 5, maxScore: 100 })
    await f.record(ev.id, '语文组', { name: '赵敏', scores: [60, 90, 92, 94, 99] })
    await f.record(ev.id, '数学组', { name: '周婷', scores: [91, 91, 91, 91, 91] })
    expect((await f.standings(ev.id, OFFICER, 'draft')).map((s: any) => [s.place, s.name, s.value, s.display])).toEqual([
      [1, '赵敏', 92, '92.00分'],
      [2, '周婷', 91, '91.00分']
    ])
  })

  it('a judge scoring above the maximum is refused, naming the judge, and nothing is written', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '演讲', kind: 'judged', maxScore: 10 })
    const before = await f.h.snapshot()
    const res = await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '甲', scores: [9.5, 10.5, 9] })
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '第 2 位评委的打分 10.5 超过满分 10' } })
    expect(await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '甲', scores: [9, -1] })).toMatchObject(fail('BAD_REQUEST'))
    expect(await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '甲', value: 9 })).toMatchObject(fail('BAD_REQUEST'))
    expect(await f.h.snapshot()).toBe(before)
  })

  it('a correction keeps who changed it, when, and old → new', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    await f.record(ev.id, '语文组', { name: '甲', value: '13.20' })
    f.h.setNow('2026-11-24T03:00:00.000Z')
    const fixed = await f.record(ev.id, '语文组', { name: '甲', value: '12.90' }, 'officer-yw')
    expect(fixed).toMatchObject({ corrected: true, value: 12.9, version: 2 })
    const { items } = await f.h.ok('competition', OFFICER, { action: 'history', eventId: ev.id })
    expect(items.map((c: any) => [c.at, c.by, c.old?.display, c.new.display])).toEqual([
      ['2026-11-24T03:00:00.000Z', '李晓梅', '13.20秒', '12.90秒'],
      ['2026-11-24T02:00:00.000Z', '王建国', undefined, '13.20秒']
    ])
    expect(await f.standings(ev.id, OFFICER, 'draft')).toHaveLength(1)
  })

  it('refuses words, negative times, unknown units and unknown events without writing', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    const before = await f.h.snapshot()
    const call = (extra: Record<string, unknown>) => f.h.call('competition', OFFICER, { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '甲', ...extra })
    expect(await call({ value: '很快' })).toMatchObject(fail('BAD_REQUEST'))
    expect(await call({ value: -12 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '计时成绩必须大于 0' } })
    expect(await call({})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '请填写成绩' } })
    expect(await call({ value: true })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('成绩') } })
    expect(await call({ value: 12, unit: '火星组' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '单位“火星组”不是本次比赛的参赛单位' } })
    expect(await call({ value: 12, eventId: 'nope' })).toMatchObject(fail('NOT_FOUND'))
    expect(await call({ value: 12, name: undefined })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('姓名') } })
    expect(await f.h.snapshot()).toBe(before)
  })

  it('members cannot record results', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    const before = await f.h.snapshot()
    expect(await f.h.call('competition', MEMBER, { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '甲', value: 12 })).toMatchObject(fail('FORBIDDEN'))
    expect(await f.h.call('competition', 'stranger', { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '甲', value: 12 })).toMatchObject(fail('FORBIDDEN'))
    expect(await f.h.snapshot()).toBe(before)
  })

  it("a member's result needs their entry, under their own unit", async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    const chen = f.people['陈思远'].id
    expect(await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: ev.id, unit: '语文组', memberId: chen, value: 12 })).toMatchObject(fail('CONFLICT'))
    await f.h.ok('competition', 'officer-yw', { action: 'enter', eventId: ev.id, memberId: chen })
    expect(await f.h.call('competition', OFFICER, { action: 'recordResult', eventId: ev.id, unit: '数学组', memberId: chen, value: 12 })).toMatchObject(fail('BAD_REQUEST'))
    const ok = await f.record(ev.id, '语文组', { memberId: chen, value: 12 })
    expect(ok).toMatchObject({ name: '陈思远', memberId: chen, corrected: false })
  })
})
