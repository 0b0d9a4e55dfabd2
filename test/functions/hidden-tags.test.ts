/**
 * A hidden tag (困难职工) is the chair's alone (issue 19: "checked on every action that returns
 * members"): member's own actions are checked in cloudfunctions/congress/handlers/tags.test.ts; here
 * every other function's answers that carry members — rosters, chase lists, entries, nominees,
 * proposals, receipts — are read as an officer and a member, and none carries the tag.
 */
import { base } from '../../cloudfunctions/activity/testing'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'

jest.setTimeout(120_000)

const HIDDEN = '困难职工'
let h: Harness
let people: SeededMember[]

beforeAll(async () => {
  h = createHarness()
  people = await h.members([
    { name: '王委员', unit: '语文组', role: 'officer', openid: 'officer' },
    { name: '孙老师', unit: '语文组', openid: 'sun' },
    { name: '李老师', unit: '数学组', openid: 'li' }
  ])
  await h.ok('member', CHAIR, { action: 'tag', memberId: people[1].id, tags: [HIDDEN, '教代会代表'] })
  await h.ok('member', CHAIR, { action: 'tag', memberId: people[2].id, tags: ['教代会代表'] })
})
afterAll(() => h.cloud.close())

it('no answer that lists members carries a hidden tag, for an officer or a member', async () => {
  const sun = people[1]
  const activity = await h.ok('activity', 'officer', { action: 'create', ...base, capacity: 10 })
  await h.ok('activity', 'sun', { action: 'signup', id: activity.id })
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '数学组'] })
  const event = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '跳绳', kind: 'measured', measure: 'count' })
  await h.ok('competition', 'officer', { action: 'enter', eventId: event.id, memberId: sun.id })
  const meeting = await h.ok('congress', CHAIR, {
    action: 'createMeeting',
    title: '第五届教代会第三次会议',
    proposalOpensAt: '2026-11-20T00:00:00.000Z',
    proposalClosesAt: '2026-12-10T10:00:00.000Z',
    heldAt: '2026-12-15T01:30:00.000Z'
  })
  const proposal = await h.ok('congress', 'sun', { action: 'submit', meetingId: meeting.id, title: '改善午餐', reason: '品种少', measures: '加窗口' })
  const notice = await h.ok('notice', CHAIR, { action: 'publish', title: '体检通知', body: '周五体检。', category: 'notice' })

  const answers: [string, unknown][] = []
  const read = async (label: string, fn: string, openid: string, event: Record<string, unknown>) => answers.push([label, await h.ok(fn, openid, event)])
  await read('member.list', 'member', 'officer', { action: 'list' })
  await read('activity.roster', 'activity', 'officer', { action: 'roster', id: activity.id })
  await read('activity.unsigned', 'activity', 'officer', { action: 'unsigned', id: activity.id })
  await read('activity.get', 'activity', 'sun', { action: 'get', id: activity.id })
  await read('competition.entries', 'competition', 'officer', { action: 'entries', eventId: event.id })
  await read('competition.myEvents', 'competition', 'sun', { action: 'myEvents' })
  await read('ballot.nominees', 'ballot', 'li', { action: 'nominees', q: '孙' })
  await read('congress.get', 'congress', 'li', { action: 'get', id: proposal.id })
  await read('congress.list', 'congress', 'li', { action: 'list', meetingId: meeting.id })
  await read('notice.get', 'notice', 'sun', { action: 'get', id: notice.id })
  // the chair's own reads of members by other functions carry no tags at all
  await read('notice.readers (chair)', 'notice', CHAIR, { action: 'readers', id: notice.id })

  const leaks = answers.filter(([, a]) => JSON.stringify(a).includes(HIDDEN)).map(([label]) => label)
  expect(leaks).toEqual([])
  // the reads did reach 孙老师, and tags do travel (the roster shows the visible one): the check is not vacuous
  expect(answers.filter(([, a]) => JSON.stringify(a).includes('教代会代表')).map(([label]) => label)).toContain('member.list')
  const named = answers.filter(([, a]) => JSON.stringify(a).includes('孙老师')).map(([label]) => label)
  expect(named).toEqual(expect.arrayContaining(['activity.roster', 'competition.entries', 'ballot.nominees', 'congress.get', 'notice.readers (chair)']))
})
