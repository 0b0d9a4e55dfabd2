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

  it('立案 may leave the department and the due date 待定: it is accepted, never overdue, and an answer counts as on time', async () => {
    const p = await k.propose(d1)
    await k.ok(d2, { action: 'second', id: p.id })
    await k.ok(d3, { action: 'second', id: p.id })
    const decided = await k.ok(k.who.chair, { action: 'decide', id: p.id, decision: 'accepted', reason: '同意立案，承办部门另行商定' })
    expect(decided).toMatchObject({ status: 'accepted', overdueDays: 0, decision: { decision: 'accepted', reason: '同意立案，承办部门另行商定' } })
    expect(decided.decision).not.toHaveProperty('department')
    expect(decided.decision).not.toHaveProperty('dueAt')
    k.h.setNow('2027-06-01T02:00:00.000Z') // half a year on: still not overdue, and the timer reminds nobody
    expect((await k.ok(k.who.member, { action: 'get', id: p.id })).overdueDays).toBe(0)
    expect(await k.h.cloud.fireTimer('congress', 'remind')).toMatchObject({ ok: true, data: { overdue: 0 } })
    await k.ok(k.who.committee, { action: 'answer', id: p.id, answer: '总务处已增设窗口' })
    expect(await k.ok(k.who.member, { action: 'stats', meetingId: k.meetingId })).toMatchObject({ proposals: 1, accepted: 1, answered: 1, answeredOnTime: 1 })
  })

  it('a department alone or a due date alone is taken too', async () => {
    const a = await k.propose(d1)
    const b = await k.propose(d2)
    for (const [p, by] of [
      [a, [d2, d3]],
      [b, [d1, d3]]
    ] as const)
      for (const d of by) await k.ok(d, { action: 'second', id: p.id })
    expect((await k.ok(k.who.chair, { action: 'decide', id: a.id, decision: 'accepted', reason: '同意', department: '后勤处' })).decision).toMatchObject({ department: '后勤处' })
    const dated = await k.ok(k.who.chair, { action: 'decide', id: b.id, decision: 'accepted', reason: '同意', dueAt: '2026-12-20T00:00:00.000Z' })
    expect(dated.decision).toMatchObject({ dueAt: '2026-12-20T00:00:00.000Z' })
    expect(dated.decision).not.toHaveProperty('department')
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
    expect((await k.ok(k.who.member, { action: 'get', id })).rating).not.toHaveProperty('comment')
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

describe('rating again', () => {
  it('a second rating replaces the first whole: rated without a comment, the first comment is gone', async () => {
    const id = await answered(k)
    await k.ok(d1, { action: 'rate', id, rating: 'unsatisfied', comment: '没变' })
    await k.ok(k.who.committee, { action: 'answer', id, answer: '再增加两个窗口' })
    const again = await k.ok(d1, { action: 'rate', id, rating: 'satisfied' })
    expect(again.rating).toEqual({ rating: 'satisfied', at: again.rating.at })
    const read = await k.ok(k.who.member, { action: 'get', id })
    expect(read.rating).toEqual({ rating: 'satisfied', at: again.rating.at })
    expect(JSON.stringify(read)).not.toContain('没变')
  })
})

describe('who sees what', () => {
  it('every member sees every proposal, its decision and answer, and those still seeking 附议 with their status', async () => {
    const id = await answered(k)
    const seeking = await k.propose(d2, { title: '征集中的提案' })
    for (const who of [k.who.member, k.who.officer, d4]) {
      const seen = await k.ok(who, { action: 'list', meetingId: k.meetingId })
      expect(seen.items.map((p: any) => [p.title, p.status])).toEqual([
        ['改善教工食堂午餐', 'answered'],
        ['征集中的提案', 'seeking']
      ])
      expect(seen.items[0]).toMatchObject({ decision: { department: '后勤处' }, answers: [{ answer: '已增加一个窗口' }] })
    }
    expect(await k.ok(k.who.member, { action: 'list', status: 'seeking' })).toMatchObject({ items: [{ id: seeking.id, statusLabel: '寻求附议' }] })
    const got = await k.ok(k.who.member, { action: 'get', id: seeking.id })
    expect(got).toMatchObject({ title: '征集中的提案', status: 'seeking', seconders: [], secondsNeeded: 2, can: { second: false }, why: { second: '只有教代会代表可以附议' } })
    expect((await k.ok(k.who.member, { action: 'get', id })).can).toEqual({ second: false, decide: false, answer: false, rate: false })
  })
})
