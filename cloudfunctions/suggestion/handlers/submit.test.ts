import { createHarness } from '../../../test/support/harness'
import { suggestionFixture } from '../../../test/support/suggestion-fixture'
import { publishBatchOf, submitAs, submitWith, takeTokens } from '../../../test/support/suggestion-phone'
import { SUGGESTIONS } from '../../_shared/collections'

jest.setTimeout(60_000)

describe('suggestion.submit: a token taken as a member, spent on the anonymous path', () => {
  it('answers a readable number, a claim code and when it goes on the board; the board shows it only then', async () => {
    const { h, members } = await suggestionFixture()
    const r = await submitAs(h, members[0].openid as string, '操场跑道破损，建议暑假前翻修。', '后勤')
    expect(r.number).toMatch(/^2611-[2-9A-HJKMNP-Z]{4}$/)
    expect(r.claimCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(r.month).toBe('2026-11')
    // 10:00 Beijing: today's 17:00 batch
    expect(r.publishesAt).toBe('2026-11-24T09:00:00.000Z')
    expect((await h.ok('suggestion', members[1].openid as string, { action: 'board' })).items).toEqual([])
    await publishBatchOf(h, r.publishesAt)
    const board = await h.ok('suggestion', members[1].openid as string, { action: 'board' })
    expect(board.items).toEqual([expect.objectContaining({ number: r.number, content: '操场跑道破损，建议暑假前翻修。', category: '后勤', status: 'received', reply: null, timeline: [] })])
  })

  it('files a suggestion without a category under 其他', async () => {
    const { h, members } = await suggestionFixture()
    const [held] = await takeTokens(h, members[0].openid as string)
    const s = await submitWith(h, held, '希望多组织读书会。')
    if (!s.ok) throw new Error(s.error.message)
    await publishBatchOf(h, s.data.publishesAt)
    const board = await h.ok('suggestion', members[0].openid as string, { action: 'board' })
    expect(board.items).toEqual([expect.objectContaining({ number: s.data.number, category: '其他' })])
  })

  it('refuses empty, over-long or uncategorised content, naming the field, and writes nothing', async () => {
    const { h, members } = await suggestionFixture()
    const [held] = await takeTokens(h, members[0].openid as string)
    const before = await h.snapshot()
    const base = { action: 'submit', week: held.week, token: held.pending.token, signature: held.signature }
    const bad = async (event: Record<string, unknown>) => h.call('suggestion', '', { ...base, ...event })
    expect(await bad({ content: '   ' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('请填写建议内容') } })
    expect(await bad({ content: '好'.repeat(2001) })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('2000') } })
    expect(await bad({ content: '可以', category: '八卦' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('类别') } })
    expect(await bad({ content: '可以', memberId: 'x' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await bad({ content: '可以', token: 'abc' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('提交券') } })
    expect(await h.snapshot()).toBe(before)
    expect((await bad({ content: '好'.repeat(2000) })).ok).toBe(true)
  })

  it('refuses a submission that carries a WeChat identity before storing anything', async () => {
    const { h, members } = await suggestionFixture()
    const who = members[0].openid as string
    const [held] = await takeTokens(h, who)
    const before = await h.snapshot()
    const r = await h.call('suggestion', who, { action: 'submit', content: '带身份的提交', week: held.week, token: held.pending.token, signature: held.signature })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('匿名通道') } })
    expect(await h.snapshot()).toBe(before)
    // the token is still good on the anonymous path
    expect((await submitWith(h, held, '不带身份的提交')).ok).toBe(true)
  })

  it('rejects content the safety check refuses with a Chinese reason, writing nothing and keeping the token', async () => {
    const { h, members } = await suggestionFixture()
    const [held] = await takeTokens(h, members[0].openid as string)
    const before = await h.snapshot()
    const r = await submitWith(h, held, '有人在办公室组织赌博', '管理')
    expect(r).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', message: expect.stringMatching(/未通过安全检查.*请修改后再提交/) } })
    expect(await h.snapshot()).toBe(before)
    expect((await submitWith(h, held, '有人在办公室打牌', '管理')).ok).toBe(true)
  })

  it('refuses a forged signature, a made-up token and a token from two weeks ago', async () => {
    const { h, members } = await suggestionFixture()
    const [held] = await takeTokens(h, members[0].openid as string)
    const forged = { ...held, signature: held.signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }
    expect(await submitWith(h, forged, '伪造')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('提交券无效') } })
    expect(await submitWith(h, { ...held, pending: { ...held.pending, token: 'ab'.repeat(32) } }, '伪造')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // the week after is fine, the one after that is not
    h.setNow('2026-12-04T02:00:00.000Z')
    h.setNow('2026-12-08T02:00:00.000Z')
    expect(await submitWith(h, held, '过期')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('过期') } })
    h.setNow('2026-12-04T02:00:00.000Z')
    expect((await submitWith(h, held, '下一周还能用')).ok).toBe(true)
  })

  it('spends one token once: eight racing submissions with it store one suggestion, all told the same number and code', async () => {
    const { h, members } = await suggestionFixture()
    const [held] = await takeTokens(h, members[0].openid as string)
    const results = await Promise.all(Array.from({ length: 8 }, () => submitWith(h, held, '同一张券提交八次')))
    expect(results.every((r) => r.ok)).toBe(true)
    const answers = new Set(results.map((r) => JSON.stringify((r as { data: unknown }).data)))
    expect(answers.size).toBe(1)
    const { data } = await h.cloud.db.collection(SUGGESTIONS).get()
    expect(data).toHaveLength(1)
    // a later retry (the phone lost the answer) is told the same too
    const again = await submitWith(h, held, '同一张券提交八次')
    expect(JSON.stringify((again as { data: unknown }).data)).toBe([...answers][0])
  })

  it('gives five tokens a week; the sixth is refused in Chinese saying when more come, and next Monday is fresh', async () => {
    const { h, members } = await suggestionFixture()
    const who = members[0].openid as string
    const five = await takeTokens(h, who, 5)
    expect(five).toHaveLength(5)
    const before = await h.snapshot()
    const sixth = await h.call('suggestion', who, { action: 'tokens', week: five[0].week, blinded: ['01'.repeat(256)] })
    expect(sixth).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(/本周的 5 张提交券已经领完.*11月30日（下周一）起可以再领/) } })
    expect(await h.snapshot()).toBe(before)
    expect(await h.ok('suggestion', who, { action: 'tokens' })).toMatchObject({ week: '2026-11-23', taken: 5, limit: 5, renewsOn: '2026-11-30' })
    // a retry of the same blinded values is answered again, not counted again
    const again = await h.call('suggestion', who, { action: 'tokens', week: five[0].week, blinded: five.slice(0, 2).map((t) => t.pending.blinded) })
    expect(again.ok).toBe(true)
    // another member is not affected
    expect(await takeTokens(h, members[1].openid as string, 5)).toHaveLength(5)
    h.setNow('2026-11-29T16:30:00.000Z') // 00:30 Monday 30 Nov in Beijing
    expect(await takeTokens(h, who, 5)).toHaveLength(5)
  })

  it('holds five a week when eight token requests race', async () => {
    const { h, members } = await suggestionFixture()
    const who = members[0].openid as string
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        takeTokens(h, who, 1).then(
          () => 'ok',
          (e: Error) => e.message
        )
      )
    )
    expect(results.filter((r) => r === 'ok')).toHaveLength(5)
    expect(results.filter((r) => r.includes('RATE_LIMITED'))).toHaveLength(3)
    expect(await h.ok('suggestion', who, { action: 'tokens' })).toMatchObject({ taken: 5 })
  })

  it('gives tokens to bound members only', async () => {
    const h = createHarness()
    await h.members([{ name: '甲', unit: '语文组' }])
    const before = await h.snapshot()
    expect(await h.call('suggestion', 'stranger', { action: 'tokens' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('suggestion', '', { action: 'tokens' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await h.snapshot()).toBe(before)
  })
})

describe('the board, in daily batches at 17:00 Beijing', () => {
  it('shows a suggestion made at 16:59 at 17:00 that day, and one made at 17:01 only at 17:00 the next', async () => {
    const { h, members } = await suggestionFixture('2026-11-24T08:59:00.000Z')
    const reader = members[1].openid as string
    const early = await submitAs(h, members[0].openid as string, '16:59 写的建议')
    h.setNow('2026-11-24T09:01:00.000Z')
    const late = await submitAs(h, members[2].openid as string, '17:01 写的建议')
    expect(early.publishesAt).toBe('2026-11-24T09:00:00.000Z')
    expect(late.publishesAt).toBe('2026-11-25T09:00:00.000Z')
    const numbersOnBoard = async () => (await h.ok('suggestion', reader, { action: 'board' })).items.map((i: { number: string }) => i.number)
    expect(await numbersOnBoard()).toEqual([])
    // the timer fires at 17:00; a run at 17:01 (late) publishes the same
    expect(await h.cloud.fireTimer('suggestion', 'publish')).toMatchObject({ ok: true, data: { published: 1 } })
    expect(await numbersOnBoard()).toEqual([early.number])
    h.setNow('2026-11-25T08:59:59.000Z')
    await h.cloud.fireTimer('suggestion', 'publish')
    expect(await numbersOnBoard()).toEqual([early.number])
    h.setNow('2026-11-25T09:00:00.000Z')
    await h.cloud.fireTimer('suggestion', 'publish')
    expect((await numbersOnBoard()).sort()).toEqual([early.number, late.number].sort())
  })

  it('refuses a publish "timer" that carries a member’s OPENID', async () => {
    const { h, members } = await suggestionFixture()
    await submitAs(h, members[0].openid as string, '还没公布')
    h.setNow('2026-11-24T09:00:00.000Z')
    const forged = await h.cloud.call('suggestion', { Type: 'Timer', TriggerName: 'publish' }, members[0].openid as string)
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await h.ok('suggestion', members[1].openid as string, { action: 'board' })).items).toEqual([])
  })

  it('lets the 督导室 see a suggestion before its batch, saying when it goes out', async () => {
    const { h, members, supervisor } = await suggestionFixture()
    const r = await submitAs(h, members[0].openid as string, '先给督导室看')
    const inbox = await h.ok('suggestion', supervisor.openid as string, { action: 'inbox' })
    expect(inbox.items).toEqual([expect.objectContaining({ number: r.number, publishesAt: '2026-11-24T09:00:00.000Z' })])
  })
})
