import { congressKit, type CongressKit } from '../testing'

/** 会议文件: notices linked to a meeting and addressed to 代表, listed on the meeting page for them alone. */
let k: CongressKit

const publish = (extra: Record<string, unknown> = {}) =>
  k.h.ok('notice', k.who.chair, {
    action: 'publish',
    title: '大会议程',
    body: '一、主席致辞；二、审议提案工作报告。',
    category: 'notice',
    audience: { tags: ['教代会代表'] },
    meetingId: k.meetingId,
    ...extra
  })
const meetingAs = (openid: string) => k.ok(openid, { action: 'meeting', id: k.meetingId })

beforeEach(async () => {
  k = await congressKit(3)
}, 60000)

afterEach(() => k.h.cloud.close())

it('a 代表 sees the meeting’s documents in the order published, 未读 until opened in the notice page, then 已读', async () => {
  const agenda = await publish()
  expect(agenda.meetingId).toBe(k.meetingId)
  k.h.setNow('2026-11-24T03:00:00.000Z')
  const report = await publish({ title: '提案工作报告（草案）' })
  const [d1, d2] = k.who.delegates
  const before = await meetingAs(d1)
  expect(before.documents).toEqual([
    { id: agenda.id, title: '大会议程', publishedAt: agenda.publishedAt, addressed: true, read: false },
    { id: report.id, title: '提案工作报告（草案）', publishedAt: report.publishedAt, addressed: true, read: false }
  ])
  await k.h.ok('notice', d1, { action: 'get', id: report.id })
  expect((await meetingAs(d1)).documents.map((d: any) => d.read)).toEqual([false, true])
  // another 代表's reading is theirs alone
  expect((await meetingAs(d2)).documents.map((d: any) => d.read)).toEqual([false, false])
})

it('a member who is no 代表, and an officer, get no documents at all: not the list, not its titles, not that there are any', async () => {
  await publish({ title: '代表分组名单' })
  for (const who of [k.who.member, k.who.officer, k.who.committee]) {
    const m = await meetingAs(who)
    expect(m.documents).toBeUndefined()
    expect(JSON.stringify(m)).not.toContain('代表分组名单')
    // nor can they open it by id: the notice audience rules stand
    expect((await k.h.ok('notice', who, { action: 'list' })).items).toEqual([])
  }
  // a 代表 with no documents yet is told there are none (an empty list), so the page can say so
  const bare = await congressKit(1)
  expect((await bare.ok('d1', { action: 'meeting', id: bare.meetingId })).documents).toEqual([])
  expect((await bare.ok('plain', { action: 'meeting', id: bare.meetingId })).documents).toBeUndefined()
  await bare.h.cloud.close()
}, 60000)

it('a document addressed to everyone reaches every member’s meeting page; the chair sees every document with how many of its audience read it', async () => {
  const agenda = await publish()
  k.h.setNow('2026-11-24T03:00:00.000Z')
  const open = await publish({ title: '致全体教职工的一封信', audience: undefined })
  expect((await meetingAs(k.who.member)).documents.map((d: any) => d.title)).toEqual(['致全体教职工的一封信'])
  await k.h.ok('notice', k.who.delegates[0], { action: 'get', id: agenda.id })
  const chair = await meetingAs(k.who.chair)
  expect(chair.documents.map((d: any) => [d.title, d.readers])).toEqual([
    ['大会议程', { read: 1, total: 3 }],
    ['致全体教职工的一封信', { read: 0, total: 7 }]
  ])
  // the chair is not a 代表: 大会议程 is not addressed to her, so it is neither read nor unread for her
  expect(chair.documents[0]).toMatchObject({ addressed: false, read: false })
  expect(open.id).not.toBe(agenda.id)
})

it('a retry publishes one document; a withdrawn one leaves the list; edit can take it off the meeting; a wrong meeting is refused by name', async () => {
  const first = await publish({ requestId: 'agenda-req-1' })
  const again = await publish({ requestId: 'agenda-req-1' })
  expect(again.id).toBe(first.id)
  k.h.setNow('2026-11-24T03:00:00.000Z')
  const second = await publish({ title: '选举办法' })
  expect((await meetingAs('d1')).documents).toHaveLength(2)
  await k.h.ok('notice', k.who.chair, { action: 'withdraw', id: second.id })
  expect((await meetingAs('d1')).documents.map((d: any) => d.title)).toEqual(['大会议程'])
  const unlinked = await k.h.ok('notice', k.who.chair, { action: 'edit', id: first.id, meetingId: null })
  expect(unlinked.notice.meetingId).toBeUndefined()
  expect(unlinked.notice.editedAt).toBeUndefined()
  expect((await meetingAs('d1')).documents).toEqual([])
  // still an ordinary notice for the 代表
  expect((await k.h.ok('notice', 'd1', { action: 'list' })).items.map((i: any) => i.title)).toContain('大会议程')
  await k.h.ok('notice', k.who.chair, { action: 'edit', id: first.id, meetingId: k.meetingId })
  expect((await meetingAs('d1')).documents.map((d: any) => d.title)).toEqual(['大会议程'])

  const before = (await k.h.ok('notice', k.who.chair, { action: 'list' })).items.length
  const bad = await k.h.call('notice', k.who.chair, { action: 'publish', title: '议程', body: '正文', category: 'notice', meetingId: 'no-such-meeting' })
  expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('会议') } })
  expect((await k.h.ok('notice', k.who.chair, { action: 'list' })).items).toHaveLength(before)
  const badEdit = await k.h.call('notice', k.who.chair, { action: 'edit', id: first.id, meetingId: 'no-such-meeting' })
  expect(badEdit).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('会议') } })
  // only the chair publishes, meeting or not
  expect(await k.h.call('notice', 'd1', { action: 'publish', title: '议程', body: '正文', category: 'notice', meetingId: k.meetingId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
}, 60000)
