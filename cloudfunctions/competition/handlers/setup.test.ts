import { CHAIR, fixture, MEMBER, OFFICER } from '../test-fixture'

describe('competition set-up', () => {
  it('an officer creates a competition and its events with defaults', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '青年教师赛课', kind: 'judged', dropHighLow: true, judges: 5 })
    expect(ev).toMatchObject({ points: [7, 5, 4, 3, 2, 1], maxScore: 100, category: '混合', team: false, unitLimit: 2, status: 'empty', prizes: { first: 1, second: 1, third: 1, others: false } })
    const { items } = await f.h.ok('competition', MEMBER, { action: 'list' })
    expect(items).toEqual([expect.objectContaining({ title: '秋季运动会', events: 1, published: 0 })])
  })

  it('names what is wrong with a competition or event, and writes nothing', async () => {
    const f = await fixture()
    const before = await f.h.snapshot()
    const bad = async (event: Record<string, unknown>, message: string) =>
      expect(await f.h.call('competition', OFFICER, event)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining(message) } })
    await bad({ action: 'create', title: '运动会', units: ['语文组'] }, '参赛单位')
    await bad({ action: 'create', title: '运动会', units: ['语文组', '语文组'] }, '参赛单位有重复')
    await bad({ action: 'create', title: '', units: ['语文组', '数学组'] }, '比赛名称')
    await bad({ action: 'addEvent', competitionId: f.competitionId, name: '跳远', kind: 'jumped' }, '项目类型')
    await bad({ action: 'addEvent', competitionId: f.competitionId, name: '跳远', kind: 'measured', points: [5, 7] }, '名次得分')
    await bad({ action: 'addEvent', competitionId: f.competitionId, name: '赛课', kind: 'judged', dropHighLow: true, judges: 2 }, '3 位评委')
    expect(await f.h.call('competition', OFFICER, { action: 'addEvent', competitionId: 'nope', name: '跳远', kind: 'measured' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await f.h.call('competition', MEMBER, { action: 'create', title: '运动会', units: ['语文组', '数学组'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await f.h.snapshot()).toBe(before)
  })

  it('refuses a second event of the same name and category', async () => {
    const f = await fixture()
    await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    expect(await f.h.call('competition', CHAIR, { action: 'addEvent', competitionId: f.competitionId, name: '100米', kind: 'timed', category: '男子' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(await f.h.call('competition', CHAIR, { action: 'addEvent', competitionId: f.competitionId, name: '100米', kind: 'timed', category: '女子' })).toMatchObject({ ok: true })
  })
})
