import { congressKit, type CongressKit } from '../testing'

let k: CongressKit
const [d1, d2, d3, d4] = ['d1', 'd2', 'd3', 'd4']
const code = async (p: Promise<any>) => (await p).error?.code

beforeEach(async () => {
  k = await congressKit(4)
}, 60000)

describe('who may do what', () => {
  it('only a 代表 submits; a member without the tag is told why', async () => {
    const r = await k.call(k.who.member, { action: 'submit', meetingId: k.meetingId, title: '案由', reason: '理由', measures: '措施' })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(r.ok || r.error.message).toContain('只有教代会代表可以提交提案')
    const chair = await k.call(k.who.chair, { action: 'submit', meetingId: k.meetingId, title: '案由', reason: '理由', measures: '措施' })
    expect(chair).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const p = await k.propose(d1)
    expect(p).toMatchObject({ status: 'seeking', number: 1, proposer: { name: '代表1' }, mine: true })
  })

  it('a 代表 cannot second their own, a member cannot second at all, and a second 附议 by the same 代表 counts once', async () => {
    const p = await k.propose(d1)
    expect(p.why.second).toBe('不能附议自己的提案')
    expect(await code(k.call(d1, { action: 'second', id: p.id }))).toBe('FORBIDDEN')
    expect(await code(k.call(k.who.member, { action: 'second', id: p.id }))).toBe('FORBIDDEN')
    await k.ok(d2, { action: 'second', id: p.id })
    const again = await k.ok(d2, { action: 'second', id: p.id })
    expect(again.seconders.map((s: any) => s.name)).toEqual(['代表2'])
    expect(again.status).toBe('seeking')
  })

  it('reaching the meeting’s number of seconds moves it to the committee, and only then may the committee decide', async () => {
    const p = await k.propose(d1)
    expect(await code(k.call(k.who.committee, { action: 'decide', id: p.id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2027-01-15T00:00:00.000Z' }))).toBe('CONFLICT')
    await k.ok(d2, { action: 'second', id: p.id })
    const up = await k.ok(d3, { action: 'second', id: p.id })
    expect(up).toMatchObject({ status: 'committee', secondsNeeded: 2 })
    expect(await code(k.call(d4, { action: 'second', id: p.id }))).toBe('CONFLICT')
  })

  it('only the chair or 提案委员会 decides and answers; an officer and a 代表 are refused', async () => {
    const p = await k.propose(d1)
    await k.ok(d2, { action: 'second', id: p.id })
    await k.ok(d3, { action: 'second', id: p.id })
    const accept = { action: 'decide', id: p.id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T00:00:00.000Z' }
    expect(await code(k.call(k.who.officer, accept))).toBe('FORBIDDEN')
    expect(await code(k.call(d2, accept))).toBe('FORBIDDEN')
    const decided = await k.ok(k.who.committee, accept)
    expect(decided).toMatchObject({ status: 'accepted', decision: { decision: 'accepted', department: '后勤处' } })
    expect(await code(k.call(d2, { action: 'answer', id: p.id, answer: '已增加窗口' }))).toBe('FORBIDDEN')
    const answered = await k.ok(k.who.chair, { action: 'answer', id: p.id, answer: '已增加两个窗口' })
    expect(answered.status).toBe('answered')
    expect(await code(k.call(d2, { action: 'rate', id: p.id, rating: 'satisfied' }))).toBe('FORBIDDEN')
    expect(await code(k.call(k.who.chair, { action: 'rate', id: p.id, rating: 'satisfied' }))).toBe('FORBIDDEN')
    expect(await k.ok(d1, { action: 'rate', id: p.id, rating: 'basically' })).toMatchObject({ status: 'rated', rating: { rating: 'basically' } })
  })

  it('accepting needs a department and a due date, named in the message', async () => {
    const p = await k.propose(d1)
    const r = await k.call(k.who.chair, { action: 'decide', id: p.id, decision: 'accepted', reason: '同意' })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(r.ok || r.error.message).toContain('承办部门')
  })
})

async function answered(k: CongressKit) {
  const p = await k.propose(d1)
  await k.ok(d2, { action: 'second', id: p.id })
  await k.ok(d3, { action: 'second', id: p.id })
  await k.ok(k.who.chair, { action: 'decide', id: p.id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T00:00:00.000Z' })
  await k.ok(k.who.chair, { action: 'answer', id: p.id, answer: '已增加一个窗口' })
  return p.id as string
}

describe('rating', () => {
  it('不满意 reopens it once for a second answer; a second 不满意 stands', async () => {
    const id = await answered(k)
    const first = await k.ok(d1, { action: 'rate', id, rating: 'unsatisfied', comment: '只加了一个窗口' })
    expect(first).toMatchObject({ status: 'accepted', reopened: true, statusLabel: '不满意，重新答复中' })
    expect(first.can.rate).toBe(false)
    await k.ok(k.who.committee, { action: 'answer', id, answer: '再增加两个窗口，下周起公布菜单' })
    const second = await k.ok(d1, { action: 'rate', id, rating: 'unsatisfied' })
    expect(second).toMatchObject({ status: 'rated', rating: { rating: 'unsatisfied' } })
    expect(second.answers).toHaveLength(2)
    expect(await code(k.call(k.who.committee, { action: 'answer', id, answer: '第三次' }))).toBe('CONFLICT')
  })

  it('stats count the meeting: received, 立案, answered, on time, and the final 满意度', async () => {
    const id = await answered(k)
    await k.ok(d1, { action: 'rate', id, rating: 'basically' })
    const late = await k.propose(d2, { title: '增设教工休息室' })
    await k.ok(d1, { action: 'second', id: late.id })
    await k.ok(d3, { action: 'second', id: late.id })
    await k.ok(k.who.chair, { action: 'decide', id: late.id, decision: 'rejected', reason: '场地不足，转作建议答复' })
    await k.propose(d3, { title: '还在征集附议' })
    expect(await k.ok(k.who.member, { action: 'stats', meetingId: k.meetingId })).toEqual({
      proposals: 3,
      accepted: 1,
      answered: 1,
      answeredOnTime: 1,
      satisfied: 0,
      basically: 1,
      unsatisfied: 0
    })
  })
})

describe('who sees what', () => {
  it('every member sees a proposal once it goes up, with its decision and answer; one still seeking seconds only the 代表 and committee see', async () => {
    const id = await answered(k)
    const seeking = await k.propose(d2, { title: '征集中的提案' })
    const mine = await k.ok(k.who.member, { action: 'list', meetingId: k.meetingId })
    expect(mine.items.map((p: any) => p.title)).toEqual(['改善教工食堂午餐'])
    expect(mine.items[0]).toMatchObject({ decision: { department: '后勤处' }, answers: [{ answer: '已增加一个窗口' }] })
    expect(await code(k.call(k.who.member, { action: 'get', id: seeking.id }))).toBe('NOT_FOUND')
    const delegate = await k.ok(d4, { action: 'list', meetingId: k.meetingId })
    expect(delegate.items.map((p: any) => p.title)).toEqual(['改善教工食堂午餐', '征集中的提案'])
    expect((await k.ok(k.who.member, { action: 'get', id })).can).toEqual({ second: false, decide: false, answer: false, rate: false })
  })
})
