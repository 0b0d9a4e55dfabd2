/** Test helpers shared by the report's tests (not shipped: nothing imports it but tests). */
import { vote } from '../../test/support/ballot-voter'
import { publishBatchOf, submitAs } from '../../test/support/suggestion-phone'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../test/support/harness'

export { CHAIR }

/** An instant given in Beijing wall time: bj('2027-01-01 00:30') is 2026-12-31T16:30Z. */
export const bj = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`).toISOString()

export interface YearKit {
  h: Harness
  people: SeededMember[]
  /** openids of the bound chair member and the officer */
  who: { chair: string; officer: string }
  /** what was seeded into 2027, counted by hand as the test wrote it */
  expected: Record<string, number>
  ok: <T = any>(openid: string, event: Record<string, unknown>) => Promise<T>
  call: (openid: string, event: Record<string, unknown>) => ReturnType<Harness['call']>
}

/**
 * A union's year 2027 seeded through the functions, with records on both sides of the Beijing new
 * year (23:30 on 31 December and 00:30 on 1 January, which is still 31 December in UTC), so a
 * count by the UTC date would put them in the wrong year. The clock ends at 2028-01-05.
 */
export async function yearKit(): Promise<YearKit> {
  const h = createHarness({ now: bj('2026-12-20 10:00') })
  const at = (wall: string) => h.setNow(bj(wall))
  const ok = h.ok
  const rows = [
    { name: '张主席', unit: '行政处', role: 'chair' as const, openid: 'boss' },
    { name: '王委员', unit: '体育组', role: 'officer' as const, openid: 'officer' },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `会员${i + 1}`, unit: i % 2 ? '数学组' : '语文组', openid: `m${i + 1}`, ...(i === 4 ? { birthday: '1970-12-31' } : {}) }))
  ]
  const all = await h.members(rows)
  const people = all.slice(2)
  const m = (i: number) => people[i]
  const o = (i: number) => m(i).openid as string

  // 元旦联欢会 on 1 January: one sign-up before midnight Beijing (2026), one after (2027)
  const gala = await ok('activity', 'officer', { action: 'create', title: '元旦联欢会', startAt: bj('2027-01-01 10:00'), signupClosesAt: bj('2027-01-01 09:00') })
  // a suggestion is counted in the month of the 17:00 batch it goes out in (the only time kept of it): before 17:00 on 31 December, 2026's
  at('2026-12-31 10:00')
  const dec = await submitAs(h, o(3), '食堂晚餐能否延长到七点？')
  at('2026-12-31 23:30')
  await ok('activity', o(0), { action: 'signup', id: gala.id })
  // a finance notice and a birthday card just before the new year: 2026's
  await ok('notice', 'boss', { action: 'publish', title: '2026 年 12 月财务公开', body: '收支明细见附表。', category: 'finance' })
  await h.cloud.fireTimer('greeting', 'daily')
  at('2027-01-01 00:10')
  await ok('notice', 'boss', { action: 'publish', title: '2026 年第四季度校务公开', body: '本季度校务公开事项如下。', category: 'affairs' })
  const [late] = await h.members([{ name: '新老师', unit: '语文组', openid: 'newbie' }])
  at('2027-01-01 00:20')
  const s1 = await submitAs(h, o(2), '建议教工之家增加乒乓球台。')
  at('2027-01-01 00:30')
  await ok('activity', o(1), { action: 'signup', id: gala.id })
  await h.cloud.fireTimer('greeting', 'daily')
  at('2027-01-01 10:30')
  await ok('activity', 'officer', { action: 'attendance', id: gala.id, memberId: m(0).id, attended: true })
  await ok('activity', 'officer', { action: 'attendance', id: gala.id, memberId: m(1).id, attended: true })
  await ok('care', 'boss', { action: 'record', memberId: m(0).id, occasion: 'illness', date: '2027-01-01', amount: 500 })

  at('2027-02-01 09:00')
  await ok('notice', 'boss', { action: 'publish', title: '寒假安排', body: '寒假期间工会之家照常开放。', category: 'notice' })
  const s2 = await submitAs(h, o(4), '希望组织一次春游。')
  for (const s of [dec, s1, s2]) await publishBatchOf(h, s.publishesAt)
  await ok('suggestion', 'boss', { action: 'reply', number: s1.number, status: 'adopted', reply: '已采纳，三月添置。' })

  // 春季运动会: three sign-ups stand, one is cancelled; one attends; results for three entrants
  at('2027-03-10 12:00')
  const sports = await ok('activity', 'officer', { action: 'create', title: '2027年春季教职工运动会', startAt: bj('2027-03-20 08:00'), signupClosesAt: bj('2027-03-19 17:00') })
  for (const i of [0, 1, 2, 3]) await ok('activity', o(i), { action: 'signup', id: sports.id })
  await ok('activity', o(3), { action: 'cancel', id: sports.id })
  at('2027-03-20 09:00')
  await ok('activity', 'officer', { action: 'attendance', id: sports.id, memberId: m(0).id, attended: true })
  const comp = await ok('competition', 'officer', { action: 'create', title: '春季运动会', units: ['语文组', '数学组'] })
  const ev = await ok('competition', 'officer', { action: 'addEvent', competitionId: comp.id, name: '60米', kind: 'timed' })
  for (const [i, v] of [8.1, 8.5, 9.0].entries()) await ok('competition', 'officer', { action: 'recordResult', eventId: ev.id, unit: m(i).unit, name: m(i).name, value: v })

  at('2027-04-02 09:00')
  await ok('notice', 'boss', { action: 'publish', title: '2027 年一季度财务公开', body: '一季度收支如下。', category: 'finance' })
  const gone = await ok('notice', 'boss', { action: 'publish', title: '发错的通知', body: '请忽略。', category: 'notice' })
  await ok('notice', 'boss', { action: 'withdraw', id: gone.id })

  // 教代会: three 代表 propose; two are 立案, one answered by its due date, one after it; the proposers rate them
  at('2027-04-03 09:00')
  for (const i of [0, 1, 2]) await h.ok('member', CHAIR, { action: 'tag', memberId: m(i).id, tags: ['教代会代表'] })
  const meeting = await h.ok<{ id: string }>('congress', 'boss', {
    action: 'createMeeting',
    title: '第六届教代会第一次会议',
    proposalOpensAt: bj('2027-04-03 08:00'),
    proposalClosesAt: bj('2027-04-10 17:00'),
    heldAt: bj('2027-04-15 09:00'),
    seconds: 0
  })
  const props: { id: string }[] = []
  for (const i of [0, 1, 2]) props.push(await h.ok('congress', o(i), { action: 'submit', meetingId: meeting.id, title: `提案${i + 1}`, reason: '理由', measures: '措施' }))
  at('2027-04-16 09:00')
  await h.ok('congress', 'boss', { action: 'decide', id: props[0].id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: bj('2027-04-30 17:00') })
  await h.ok('congress', 'boss', { action: 'decide', id: props[1].id, decision: 'accepted', reason: '同意立案', department: '教务处', dueAt: bj('2027-04-20 17:00') })
  await h.ok('congress', 'boss', { action: 'decide', id: props[2].id, decision: 'rejected', reason: '不属于提案范围' })
  at('2027-04-25 09:00')
  for (const x of props.slice(0, 2)) await h.ok('congress', 'boss', { action: 'answer', id: x.id, answer: '已办理' })
  await h.ok('congress', o(0), { action: 'rate', id: props[0].id, rating: 'satisfied' })
  await h.ok('congress', o(1), { action: 'rate', id: props[1].id, rating: 'basically' })

  // a cancelled outing is not an activity held
  at('2027-05-06 09:00')
  const outing = await ok('activity', 'officer', { action: 'create', title: '五月踏青', startAt: bj('2027-05-15 08:00'), signupClosesAt: bj('2027-05-14 17:00') })
  await ok('activity', 'officer', { action: 'cancelActivity', id: outing.id, reason: '天气预报有雨' })

  // a motion: 3 of the 9 members on the roll vote
  at('2027-05-10 09:00')
  const motion = await ok('ballot', CHAIR, { action: 'create', title: '2027 年度工会经费预算', kind: 'motion', closesAt: bj('2027-05-20 17:00') })
  for (const i of [0, 1, 2]) await vote(h, motion, o(i), { picks: [0] })
  await ok('ballot', CHAIR, { action: 'close', id: motion.id })

  at('2027-06-01 09:00')
  await ok('care', 'boss', { action: 'record', memberId: m(2).id, occasion: 'festival', date: '2027-06-01', amount: 200 })
  await ok('care', 'boss', { action: 'record', memberId: m(3).id, occasion: 'festival', date: '2027-06-01', amount: 200 })
  // greetings counted by hand, while every member can still open their inbox: each card dated 2027
  let greetings = 0
  for (const p of [...all, late]) {
    const { items } = await ok<{ items: { date: string }[] }>('greeting', p.openid as string, { action: 'inbox' })
    greetings += items.filter((g) => g.date.startsWith('2027')).length
  }
  at('2027-07-01 09:00')
  await ok('member', CHAIR, { action: 'deactivate', memberId: m(5).id, reason: '调离本校' })

  at('2028-01-05 09:00')
  return {
    h,
    people,
    who: { chair: 'boss', officer: 'officer' },
    expected: {
      affairs: 1,
      finance: 1,
      notices: 1,
      suggestions: 2,
      'suggestions-answered': 1,
      'suggestions-adopted': 1,
      'suggestions-done': 0,
      'suggestions-on-time': 1,
      ballots: 1,
      turnout: 33.3,
      activities: 2,
      signups: 4,
      attended: 3,
      competitions: 1,
      entrants: 3,
      care: 3,
      'care-amount': 900,
      'care-illness': 1,
      'care-illness-amount': 500,
      'care-festival': 2,
      'care-festival-amount': 400,
      greetings,
      members: 8,
      'members-new': 1,
      'members-left': 1,
      'members-bound': 8,
      'congress-meetings': 1,
      proposals: 3,
      'proposals-accepted': 2,
      'proposals-answered': 2,
      'proposals-on-time': 1,
      'proposals-satisfied': 1,
      'proposals-basically': 1,
      'proposals-unsatisfied': 0,
      'proposals-satisfaction': 100,
      delegates: 3,
      // 会员1–3 took part (会员4's one sign-up was cancelled), of the 8 on the roll at the year's end
      participants: 3,
      participation: 37.5
    },
    ok: (openid, event) => h.ok('report', openid, event),
    call: (openid, event) => h.call('report', openid, event)
  }
}
