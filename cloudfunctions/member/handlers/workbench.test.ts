import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

type Tool = { key: string; group: string; page: string; count?: number; hint?: string }
const base = { title: '周末登山', startAt: '2026-12-01T01:00:00.000Z', signupClosesAt: '2026-11-30T10:00:00.000Z' }

describe('member.workbench', () => {
  it('is closed to members; an officer sees only officer tools, a 督导员 adds the 督导室, the chair sees every group', async () => {
    const { h, members, supervisor, officer } = await suggestionFixture()
    expect(await h.call('member', members[0].openid!, { action: 'workbench' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const keys = async (openid: string) => ((await h.ok('member', openid, { action: 'workbench' })).tools as Tool[]).map((t) => t.key)
    expect(await keys(officer.openid!)).toEqual(['activity-new', 'activities', 'competition-new', 'competitions', 'members'])
    expect(await keys(supervisor.openid!)).toEqual(['activity-new', 'activities', 'competition-new', 'competitions', 'suggestion-desk', 'suggestion-overdue', 'members'])
    const chair = (await h.ok('member', CHAIR, { action: 'workbench' })).tools as Tool[]
    expect([...new Set(chair.map((t) => t.group))]).toEqual(['notice', 'activity', 'competition', 'suggestion', 'care', 'congress', 'member', 'greeting', 'report'])
    expect(chair.map((t) => t.key)).toEqual(expect.arrayContaining(['notice-publish', 'competition-review', 'suggestion-awards', 'import', 'greeting-calendar', 'report']))
    // no notice yet: nothing to read receipts of, so no 阅读情况 row
    expect(chair.map((t) => t.key)).not.toContain('notice-readers')
  })

  it('counts what waits: new suggestions, overdue forwards, results to review, open sign-ups, unread notices, unbound members', async () => {
    const { h, members, supervisor, submit } = await suggestionFixture()
    const [late, fresh] = [await submit(members[0].openid!), await submit(members[1].openid!, '复印室早上排队很严重，建议加一台复印机。', '教学')]
    await submit(members[2].openid!, '建议在教学楼一楼门厅放一个雨伞架。', '其他')
    await h.ok('suggestion', supervisor.openid!, { action: 'forward', number: late.number, forwardedTo: '后勤处', dueDate: '2026-11-26' })
    await h.ok('suggestion', CHAIR, { action: 'reply', number: fresh.number, status: 'adopted', reply: '已采纳' })
    await h.members([{ name: '新老师', unit: '语文组', openid: null }])
    const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '数学组'] })
    const ev = await h.ok('competition', supervisor.openid!, { action: 'addEvent', competitionId: comp.id, name: '100米', kind: 'timed' })
    await h.ok('competition', supervisor.openid!, { action: 'recordResult', eventId: ev.id, unit: '语文组', name: '陈思远', value: 12.3 })
    await h.ok('activity', supervisor.openid!, { action: 'create', ...base })
    const n = await h.ok('notice', CHAIR, { action: 'publish', title: '体检通知', body: '周五体检。', category: 'notice' })
    await h.ok('notice', members[0].openid!, { action: 'get', id: n.id })
    h.setNow('2026-11-28T02:00:00.000Z')
    const tools = new Map(((await h.ok('member', CHAIR, { action: 'workbench' })).tools as Tool[]).map((t) => [t.key, t]))
    expect(tools.get('suggestion-desk')).toMatchObject({ count: 1, hint: '1 条新建议等待答复' })
    expect(tools.get('suggestion-overdue')).toMatchObject({ count: 1 })
    expect(tools.get('competition-review')).toMatchObject({ count: 1, page: `/officer/pages/competition-review/index?id=${comp.id}` })
    expect(tools.get('activities')).toMatchObject({ count: 1, page: '/pages/activities/index' })
    // six members in the audience (the bootstrap chair has no member record), one has read it
    expect(tools.get('notice-readers')).toMatchObject({ count: 1, page: `/officer/pages/notice-readers/index?id=${n.id}` })
    expect(tools.get('notice-readers')?.hint).toContain('“体检通知”还有 5 人未读')
    expect(tools.get('members')).toMatchObject({ count: 1 })
  })

  it('answers counts only: no suggestion text, number or writer reaches the workbench', async () => {
    const { h, members, submit } = await suggestionFixture()
    const s = await submit(members[0].openid!)
    const text = JSON.stringify(await h.ok('member', CHAIR, { action: 'workbench' }))
    expect(text).not.toContain(s.number)
    expect(text).not.toContain('食堂')
    expect(text).not.toContain(members[0].name)
  })

  it('shows 送温暖 to the chair and to an officer tagged 慰问员, with the visits past their Beijing due date', async () => {
    const { h, members, officer } = await suggestionFixture()
    const keys = async (openid: string) => ((await h.ok('member', openid, { action: 'workbench' })).tools as Tool[]).map((t) => t.key)
    expect(await keys(officer.openid!)).not.toContain('care')
    await h.ok('member', CHAIR, { action: 'tag', memberId: officer.id, tags: ['慰问员'] })
    expect(await keys(officer.openid!)).toContain('care')
    await h.ok('care', officer.openid!, { action: 'report', memberId: members[0].id, occasion: 'illness', note: '住院' })
    const care = async () => ((await h.ok('member', CHAIR, { action: 'workbench' })).tools as Tool[]).find((t) => t.key === 'care')
    expect(await care()).toMatchObject({ count: 0, page: '/officer/pages/care/index' })
    // the illness rule gives 3 days; a week later the visit is late
    h.setNow('2026-12-05T02:00:00.000Z')
    expect(await care()).toMatchObject({ count: 1, hint: '1 个走访任务已超期' })
  })
})
