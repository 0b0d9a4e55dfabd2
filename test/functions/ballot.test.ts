import type { Ballot } from '../../types/ballot'
import { blind } from '../../src/ballot/lib/blind'
import { castWith, phoneRandom, takeToken, vote } from '../support/ballot-voter'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'

jest.setTimeout(120_000)

const CLOSES = '2026-11-25T10:00:00.000Z'

async function setup(n: number, unit = '语文组'): Promise<{ h: Harness; people: SeededMember[] }> {
  const h = createHarness()
  const people = await h.members(Array.from({ length: n }, (_, i) => ({ name: `会员${i + 1}`, unit: i % 2 ? unit : '数学组' })))
  return { h, people }
}

const create = (h: Harness, body: Record<string, unknown>) => h.ok<Ballot>('ballot', CHAIR, { action: 'create', closesAt: CLOSES, ...body })

describe('ballot', () => {
  let h: Harness
  let people: SeededMember[]
  beforeEach(async () => ({ h, people } = await setup(8)))
  afterEach(() => h.cloud.close())

  it('a motion counted after close: the tally, the rule, and every receipt with its choices', async () => {
    const b = await create(h, { title: '2027 年度工会经费预算', kind: 'motion', pass: 'eligible' })
    const receipts = []
    for (const [i, p] of people.slice(0, 6).entries()) receipts.push(await vote(h, b, p.openid!, { picks: [i < 5 ? 0 : 1] }))
    const early = await h.call('ballot', people[0].openid!, { action: 'results', id: b.id })
    expect(early).toEqual({ ok: false, error: { code: 'CLOSED', message: '投票结束后才公布结果' } })
    await h.ok('ballot', CHAIR, { action: 'close', id: b.id })
    const r = await h.ok('ballot', people[7].openid!, { action: 'results', id: b.id })
    expect(r.tally).toEqual({ kind: 'motion', counts: [5, 1, 0], rule: 'eligible', basis: 'electorate', base: 8, passed: true })
    expect(r.ballots.map((x: { receipt: string }) => x.receipt).sort()).toEqual([...receipts].sort())
    // receipt order, not the order they were cast in
    expect(r.ballots.map((x: { receipt: string }) => x.receipt)).toEqual([...receipts].sort())
    // after close no more ballots or tokens
    const late = await h.call('ballot', people[6].openid!, { action: 'token', id: b.id, blinded: blind(b.publicKey, phoneRandom).blinded })
    expect(late).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
  })

  it('an election with a tie at the last seat says so', async () => {
    const b = await create(h, { title: '工会委员补选', kind: 'election', candidates: ['张老师', '李老师', '王老师'], seats: 2, maxChoices: 2 })
    const marks = [[0, 1], [0, 2], [0], [1], [2]]
    for (const [i, m] of marks.entries()) await vote(h, b, people[i].openid!, { picks: m })
    await h.ok('ballot', CHAIR, { action: 'close', id: b.id })
    const r = await h.ok('ballot', people[0].openid!, { action: 'results', id: b.id })
    expect(r.tally).toEqual({ kind: 'election', counts: [3, 2, 2], elected: [0], tie: { candidates: [1, 2], seats: 1 } })
  })

  it('a rating under 5 raters withholds its means and its ballots; at 5 it shows them', async () => {
    const b = await create(h, { title: '中层干部民主评议', kind: 'rating', subjects: ['王主任'], criteria: ['德', '能'] })
    for (const p of people.slice(0, 4)) await vote(h, b, p.openid!, { grades: [[0, 1]] })
    h.setNow('2026-11-25T10:00:00.000Z')
    const r = await h.ok('ballot', people[0].openid!, { action: 'results', id: b.id })
    expect(r).toMatchObject({ voted: 4, ballots: null, tally: { subjects: null }, withheld: '参评不足 5 人，为保护评议人，明细和逐票记录不公布' })

    h.setNow(null)
    h.setNow('2026-11-24T02:00:00.000Z')
    const b5 = await create(h, { title: '中层干部民主评议（二）', kind: 'rating', subjects: ['王主任'], criteria: ['德', '能'] })
    for (const p of people.slice(0, 5)) await vote(h, b5, p.openid!, { grades: [[0, 1]] })
    await h.ok('ballot', CHAIR, { action: 'close', id: b5.id })
    const r5 = await h.ok('ballot', people[0].openid!, { action: 'results', id: b5.id })
    expect(r5.tally.subjects[0].criteria).toEqual([
      { name: '德', mean: 4, shares: [1, 0, 0, 0] },
      { name: '能', mean: 3, shares: [0, 1, 0, 0] }
    ])
    expect(r5.ballots).toHaveLength(5)
  })

  it('50 simultaneous 领票 with one blinded value get one signature; a second value is refused', async () => {
    const b = await create(h, { title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'] })
    const p = people[0]
    const pending = blind(b.publicKey, phoneRandom)
    const same = await Promise.all(Array.from({ length: 50 }, () => h.call('ballot', p.openid!, { action: 'token', id: b.id, blinded: pending.blinded })))
    expect(new Set(same.map((r) => (r.ok ? r.data.blindSignature : r.error.code))).size).toBe(1)
    expect(same.every((r) => r.ok)).toBe(true)
    const others = await Promise.all(Array.from({ length: 50 }, () => h.call('ballot', people[1].openid!, { action: 'token', id: b.id, blinded: blind(b.publicKey, phoneRandom).blinded })))
    expect(others.filter((r) => r.ok)).toHaveLength(1)
    expect(others.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(49).fill('CONFLICT'))
    const t = await h.ok('ballot', CHAIR, { action: 'turnout', id: b.id })
    expect(t).toMatchObject({ eligible: 8, taken: 2, voted: 0 })
    expect(t.notTaken).toHaveLength(6)
  })

  it('50 simultaneous casts of one token store one ballot and answer one receipt; changing it is refused', async () => {
    const b = await create(h, { title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'] })
    const held = await takeToken(h, b, people[0].openid!)
    const replies = await Promise.all(Array.from({ length: 50 }, () => castWith(h, b.id, held, { picks: [1] })))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(new Set(replies.map((r) => r.ok && r.data.receipt)).size).toBe(1)
    const change = await castWith(h, b.id, held, { picks: [0] })
    expect(change).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这张选票已经投出，不能更改' } })
    expect((await h.ok('ballot', CHAIR, { action: 'turnout', id: b.id })).voted).toBe(1)
  })

  it('a cast that carries a WeChat identity, a forged signature or a ballot outside the options is refused and stores nothing', async () => {
    const b = await create(h, { title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'] })
    const held = await takeToken(h, b, people[0].openid!)
    const before = await h.snapshot()
    const named = await h.call('ballot', people[0].openid!, { action: 'cast', id: b.id, choices: { picks: [0] }, token: held.pending.token, signature: held.signature })
    expect(named).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('匿名通道') } })
    const forged = await castWith(h, b.id, { ...held, signature: held.signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }, { picks: [0] })
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await castWith(h, b.id, held, { picks: [2] })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '所选的项不在选项中' } })
    expect(await castWith(h, b.id, held, { picks: [0, 1] })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '最多选 1 项' } })
    expect(await h.snapshot()).toBe(before)
  })

  it('only the electorate takes a ballot: a unit or a tag narrows it, an inactive member is out', async () => {
    const [tagged, outsider] = people.filter((p) => p.unit === '数学组')
    const left = people.find((p) => p.unit === '语文组')!
    // member.tag and member.deactivate write these fields; set here as those actions would
    await h.cloud.db
      .collection('members')
      .doc(tagged.id)
      .update({ data: { tags: ['教代会代表'] } })
    await h.cloud.db
      .collection('members')
      .doc(left.id)
      .update({ data: { inactive: { reason: '调离', at: '2026-11-01T00:00:00.000Z' } } })
    const b = await create(h, { title: '语文组教研方向', kind: 'poll', options: ['阅读', '写作'], electorate: { units: ['语文组'], tags: ['教代会代表'] } })
    await takeToken(h, b, tagged.openid!)
    const r = await h.call('ballot', outsider.openid!, { action: 'token', id: b.id, blinded: blind(b.publicKey, phoneRandom).blinded })
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '这次投票只请部分会员参加，你不在其中' } })
    const seen = await h.ok<Ballot>('ballot', outsider.openid!, { action: 'get', id: b.id })
    expect(seen).toMatchObject({ mayVote: false, whyNot: '这次投票只请部分会员参加，你不在其中' })
    const t = await h.ok('ballot', CHAIR, { action: 'turnout', id: b.id })
    expect(t).toMatchObject({ eligible: 4, taken: 1 })
    expect(t.notTaken.map((m: { memberId: string }) => m.memberId)).not.toContain(left.id)
    const bad = await h.call('ballot', CHAIR, { action: 'create', title: 'x', kind: 'motion', closesAt: CLOSES, electorate: { presentAt: 'm1' } })
    expect(bad).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到这次教代会会议，请在「教代会」里确认会议' } })
  })

  it('the chair creates once per form, whatever the retries; bad input names the field', async () => {
    const body = { title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'], requestId: 'form-12345678' }
    const [a, c] = await Promise.all([create(h, body), create(h, body)])
    expect(a.id).toBe(c.id)
    expect(a.publicKey).toEqual(c.publicKey)
    expect((await h.ok('ballot', people[0].openid!, { action: 'list' })).items).toHaveLength(1)
    expect(await h.call('ballot', CHAIR, { action: 'create', kind: 'poll', closesAt: CLOSES, options: ['a', 'b'] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('标题') }
    })
    expect(await h.call('ballot', CHAIR, { action: 'create', title: '换届', kind: 'election', closesAt: CLOSES, candidates: ['甲'], seats: 2 })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '应选人数不能多于候选人数' }
    })
    expect(await h.call('ballot', people[0].openid!, { action: 'create', title: '换届', kind: 'motion', closesAt: CLOSES })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
