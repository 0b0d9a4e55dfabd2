import { fixture, MEMBER, OFFICER, OFFICER_YW } from '../../competition/test-fixture'
import { base } from '../testing'

type F = Awaited<ReturnType<typeof fixture>>

/** A sports day: a competition with a few events and an activity linked to it. */
async function sportsDay(opts: { unitLimit?: number; personLimit?: number } = {}) {
  const f = await fixture(opts)
  const run = (await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })).id
  const rope = (await f.addEvent({ name: '跳绳', kind: 'measured' })).id
  const womens = (await f.addEvent({ name: '800米', kind: 'timed', category: '女子' })).id
  const tug = (await f.addEvent({ name: '拔河', kind: 'measured', team: true })).id
  const activityId = (await f.h.ok<any>('activity', OFFICER, { action: 'create', ...base, title: '秋季运动会报名', competitionId: f.competitionId })).id as string
  return { f, activityId, run, rope, womens, tug }
}

const signup = (f: F, as: string, id: string, events?: string[]) => f.h.call('activity', as, { action: 'signup', id, ...(events ? { events } : {}) })
const requests = async (f: F, eventId: string) => (await f.h.ok<any>('competition', OFFICER_YW, { action: 'entryRequests', eventId })).items

describe('activity linked to a competition: 参赛项目 become pending entries', () => {
  it('the sign-up offers the competition’s events and each chosen one waits for the unit officer, as selfEnter makes it', async () => {
    const { f, activityId, run, rope, womens } = await sportsDay({ personLimit: 2 })
    const shown = await f.h.ok<any>('activity', MEMBER, { action: 'get', id: activityId })
    expect(shown.competitionId).toBe(f.competitionId)
    expect(shown.competition).toMatchObject({ title: '秋季运动会', personLimit: 2, rules: '报名后由语文组的委员审核；每人最多报 2 个个人项目，团体项目不计入' })
    // a man is told before choosing that the women's event is not his
    expect(shown.competition.events.find((e: any) => e.id === womens)).toEqual({ id: womens, name: '女子800米', team: false, open: false, why: '女子800米只限女会员报名' })
    expect(await signup(f, MEMBER, activityId, [run, rope])).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    expect(await requests(f, run)).toEqual([expect.objectContaining({ name: '陈思远', unit: '语文组', status: 'pending' })])
    // the same document selfEnter reads: asking there answers the request already made
    const mine = await f.h.ok<any>('competition', MEMBER, { action: 'myEntry', eventId: rope })
    expect(mine).toMatchObject({ entry: { status: 'pending' }, why: '等待语文组的委员审核，通过后即计入名额' })
    const after = await f.h.ok<any>('activity', MEMBER, { action: 'get', id: activityId })
    // events created in one instant come in either order
    expect(after.mine.events).toHaveLength(2)
    expect(after.mine.events).toEqual(
      expect.arrayContaining([
        { eventId: run, name: '男子100米', status: 'pending', note: '等待语文组的委员审核，通过后即计入名额' },
        { eventId: rope, name: '跳绳', status: 'pending', note: '等待语文组的委员审核，通过后即计入名额' }
      ])
    )
    // the officer approves one; the member sees it on the activity page
    await f.h.ok('competition', OFFICER_YW, { action: 'approveEntry', entryId: mine.entry.id, approved: true })
    const approved = await f.h.ok<any>('activity', MEMBER, { action: 'get', id: activityId })
    expect(approved.mine.events.find((e: any) => e.eventId === rope)).toEqual({ eventId: rope, name: '跳绳', status: 'approved', note: '李晓梅已确认，请按时参赛' })
  })

  it('the limits are selfEnter’s, told before any place is taken', async () => {
    const { f, activityId, run, rope, womens, tug } = await sportsDay({ personLimit: 1, unitLimit: 1 })
    expect(await signup(f, MEMBER, activityId, [run, rope])).toMatchObject({ ok: false, error: { code: 'FULL', message: '参赛项目：你已报 1 个个人项目，达到每人上限' } })
    expect(await signup(f, MEMBER, activityId, [womens])).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '参赛项目：女子800米只限女会员报名' } })
    expect(await signup(f, MEMBER, activityId, ['no-such-event'])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '参赛项目：没有这个项目，可能已被删除，请刷新后再选' } })
    // the unit's one place in 跳绳 is taken by an officer's entry
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: rope, memberId: f.people['孙浩'].id })
    expect(await signup(f, MEMBER, activityId, [rope])).toMatchObject({ ok: false, error: { code: 'FULL', message: '参赛项目：语文组在跳绳已报满 1 人' } })
    // nothing was signed up by the refusals
    expect((await f.h.ok<any>('activity', MEMBER, { action: 'get', id: activityId })).mine).toBeNull()
    // a team event does not count against the person's limit
    expect(await signup(f, MEMBER, activityId, [run, tug])).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    expect((await requests(f, tug)).map((r: any) => r.status)).toEqual(['pending'])
  })

  it('a retried sign-up asks nothing twice', async () => {
    const { f, activityId, run, rope } = await sportsDay()
    await signup(f, MEMBER, activityId, [run, rope])
    const first = await requests(f, run)
    f.h.setNow('2026-11-24T02:01:00.000Z')
    expect(await signup(f, MEMBER, activityId, [run, rope])).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    expect(await requests(f, run)).toEqual(first)
    expect(await requests(f, rope)).toHaveLength(1)
    const roster = await f.h.ok<any>('activity', OFFICER, { action: 'roster', id: activityId })
    expect(roster.confirmed.map((m: any) => m.name)).toEqual(['陈思远'])
  })

  it('cancelling the sign-up withdraws its pending entries and keeps approved ones; signing up again asks afresh', async () => {
    const { f, activityId, run, rope } = await sportsDay()
    await signup(f, MEMBER, activityId, [run, rope])
    const [ropeRequest] = await requests(f, rope)
    await f.h.ok('competition', OFFICER_YW, { action: 'approveEntry', entryId: ropeRequest.id, approved: true })
    expect(await f.h.call('activity', MEMBER, { action: 'cancel', id: activityId })).toMatchObject({ ok: true })
    expect(await requests(f, run)).toEqual([expect.objectContaining({ status: 'withdrawn', decidedBy: '陈思远', reason: '取消了「秋季运动会报名」的报名' })])
    expect(await f.h.ok<any>('competition', MEMBER, { action: 'myEntry', eventId: rope })).toMatchObject({ entry: { status: 'approved' } })
    // a repeated cancel changes nothing
    expect(await f.h.call('activity', MEMBER, { action: 'cancel', id: activityId })).toMatchObject({ ok: true, data: { status: 'cancelled' } })
    expect(await signup(f, MEMBER, activityId, [run])).toMatchObject({ ok: true })
    expect(await requests(f, run)).toEqual([expect.objectContaining({ status: 'pending' })])
  })

  it('an officer links and unlinks; a competition that is not there is refused by name', async () => {
    const { f, activityId, run } = await sportsDay()
    expect(await f.h.call('activity', OFFICER, { action: 'create', ...base, competitionId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '关联比赛：没有这个比赛，可能已被删除' }
    })
    await f.h.ok('activity', OFFICER, { action: 'update', id: activityId, competitionId: null })
    const plain = await f.h.ok<any>('activity', MEMBER, { action: 'get', id: activityId })
    expect(plain.competition).toBeUndefined()
    expect(await signup(f, MEMBER, activityId, [run])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '参赛项目：本活动没有关联比赛' } })
  })

  it('an officer’s 代报 asks the entries for the member in the same way', async () => {
    const { f, activityId, rope } = await sportsDay()
    expect(await f.h.call('activity', OFFICER, { action: 'signupFor', id: activityId, memberId: f.people['孙浩'].id, events: [rope] })).toMatchObject({ ok: true })
    expect(await requests(f, rope)).toEqual([expect.objectContaining({ name: '孙浩', status: 'pending' })])
  })
})
