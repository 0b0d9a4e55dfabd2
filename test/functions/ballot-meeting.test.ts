import type { Ballot } from '../../types/ballot'
import { blind } from '../../src/ballot/lib/blind'
import { congressKit, HELD, type CongressKit } from '../../cloudfunctions/congress/testing'
import { phoneRandom, vote } from '../support/ballot-voter'

jest.setTimeout(180_000)

/** 12:30 on the day in Shanghai. */
const CLOSES = '2026-12-15T04:30:00.000Z'

describe('a motion at a 教代会 meeting (electorate.presentAt)', () => {
  let k: CongressKit
  let code: string
  const motion = (extra: Record<string, unknown> = {}) =>
    k.h.ok<Ballot>('ballot', k.who.chair, { action: 'create', title: '2027 年度学校发展规划', kind: 'motion', closesAt: CLOSES, electorate: { presentAt: k.meetingId }, pass: 'present', ...extra })
  const checkin = (openid: string) => k.ok(openid, { action: 'checkin', meetingId: k.meetingId, code })
  const tokenCall = (b: Ballot, openid: string) => k.h.call('ballot', openid, { action: 'token', id: b.id, blinded: blind(b.publicKey, phoneRandom).blinded })

  beforeEach(async () => {
    k = await congressKit(9)
    k.h.setNow(HELD)
    code = (await k.ok(k.who.chair, { action: 'meeting', id: k.meetingId })).code
    for (const d of k.who.delegates.slice(0, 7)) await checkin(d)
  })
  afterEach(() => k.h.cloud.close())

  it('only checked-in 代表 take a ballot; one who checks in late may then vote', async () => {
    const b = await motion()
    expect(b.meeting).toMatchObject({ id: k.meetingId, title: '第五届教代会第三次会议' })
    const absent = await tokenCall(b, k.who.delegates[7])
    expect(absent).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '这次表决只请已在会场签到的代表参加：请先在「教代会」里签到，再回来投票' } })
    expect(await k.h.ok<Ballot>('ballot', k.who.delegates[7], { action: 'get', id: b.id })).toMatchObject({ mayVote: false })
    expect(await tokenCall(b, k.who.member)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await checkin(k.who.delegates[7])
    expect(await tokenCall(b, k.who.delegates[7])).toMatchObject({ ok: true })
    expect(await k.h.ok('ballot', k.who.chair, { action: 'turnout', id: b.id })).toMatchObject({ eligible: 8 })
  })

  it('passed by those present: more than half of the 代表 checked in, not of the ballots cast, fixed at close', async () => {
    const yes = await motion({ title: '议案一' })
    const few = await motion({ title: '议案二' })
    const all = await motion({ title: '议案三', pass: 'eligible' })
    const [d1, d2, d3, d4, d5] = k.who.delegates
    for (const [i, d] of [d1, d2, d3, d4, d5].entries()) await vote(k.h, yes, d, { picks: [i < 4 ? 0 : 1] })
    for (const d of [d1, d2, d3]) await vote(k.h, few, d, { picks: [0] })
    for (const d of [d1, d2, d3, d4]) await vote(k.h, all, d, { picks: [0] })
    for (const b of [yes, few, all]) await k.h.ok('ballot', k.who.chair, { action: 'close', id: b.id })
    // a 代表 who checks in after the close changes no result
    await checkin(k.who.delegates[7])
    const r = async (b: Ballot) => k.h.ok('ballot', k.who.delegates[0], { action: 'results', id: b.id })
    // 4 of 7 present: 8 > 7, passed at the edge
    expect(await r(yes)).toMatchObject({ eligible: 7, delegates: 9, voted: 5, tally: { counts: [4, 1, 0], rule: 'present', basis: 'checkedIn', base: 7, passed: true } })
    // 3 of 3 ballots, but 3 of 7 present: 6 is not more than 7
    expect((await r(few)).tally).toMatchObject({ counts: [3, 0, 0], basis: 'checkedIn', base: 7, passed: false })
    // by every 代表: 4 of 9 is not more than half
    expect((await r(all)).tally).toMatchObject({ counts: [4, 0, 0], rule: 'eligible', basis: 'delegates', base: 9, passed: false })
  })

  it('the chair gets the 公示 drafted from the result, naming the rule', async () => {
    const b = await motion()
    expect(await k.h.call('ballot', k.who.chair, { action: 'draftNotice', id: b.id })).toEqual({ ok: false, error: { code: 'CLOSED', message: '投票结束后才能起草结果公示' } })
    for (const [i, d] of k.who.delegates.slice(0, 5).entries()) await vote(k.h, b, d, { picks: [i < 4 ? 0 : 2] })
    await k.h.ok('ballot', k.who.chair, { action: 'close', id: b.id })
    expect(await k.h.call('ballot', k.who.delegates[0], { action: 'draftNotice', id: b.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const d = await k.h.ok<{ title: string; body: string; category: string }>('ballot', k.who.chair, { action: 'draftNotice', id: b.id })
    expect(d.title).toBe('「2027 年度学校发展规划」结果公示')
    expect(d.category).toBe('affairs')
    expect(d.body.split('\n')).toEqual([
      '「2027 年度学校发展规划」已于 2026年12月15日 以无记名方式投票结束。到会代表 7 人（全体代表 9 人），收回 5 票。',
      '同意 4 票，不同意 0 票，弃权 1 票。',
      '按「同意票超过到会（签到）代表 7 人的半数」的规则，通过。',
      '每张选票及其回执已在小程序「投票」的结果页公布，任何人都可以逐票重新计数，投票人可以核对自己的选票。'
    ])
  })
})
