import { createHarness } from '../../../test/support/harness'
import { suggestionFixture } from '../../../test/support/suggestion-fixture'
import { SUGGESTION_LIMITS } from '../../_shared/collections'

describe('suggestion.submit', () => {
  it('answers a readable number of this month and a claim code, and the board shows it', async () => {
    const { h, members, submit } = await suggestionFixture()
    const r = await submit(members[0].openid as string, '操场跑道破损，建议暑假前翻修。', '后勤')
    expect(r.number).toMatch(/^2611-[2-9A-HJKMNP-Z]{4}$/)
    expect(r.claimCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(r.month).toBe('2026-11')
    const board = await h.ok('suggestion', members[1].openid as string, { action: 'board' })
    expect(board.items).toEqual([expect.objectContaining({ number: r.number, content: '操场跑道破损，建议暑假前翻修。', category: '后勤', status: 'received', reply: null, timeline: [] })])
  })

  it('files a suggestion without a category under 其他', async () => {
    const { h, members } = await suggestionFixture()
    await h.ok('suggestion', members[0].openid as string, { action: 'submit', content: '希望多组织读书会。' })
    const board = await h.ok('suggestion', members[0].openid as string, { action: 'board' })
    expect(board.items[0].category).toBe('其他')
  })

  it('refuses empty, over-long or uncategorised content, naming the field, and writes nothing', async () => {
    const { h, members } = await suggestionFixture()
    const who = members[0].openid as string
    const before = await h.snapshot()
    const bad = async (event: Record<string, unknown>) => h.call('suggestion', who, { action: 'submit', ...event })
    expect(await bad({ content: '   ' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('请填写建议内容') } })
    expect(await bad({ content: '好'.repeat(2001) })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('2000') } })
    expect(await bad({ content: '可以', category: '八卦' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('类别') } })
    expect(await bad({ content: '可以', memberId: 'x' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await h.snapshot()).toBe(before)
    expect((await bad({ content: '好'.repeat(2000) })).ok).toBe(true)
  })

  it('rejects content the safety check refuses with a Chinese reason, writing nothing', async () => {
    const { h, members } = await suggestionFixture()
    const before = await h.snapshot()
    const r = await h.call('suggestion', members[0].openid as string, { action: 'submit', content: '有人在办公室组织赌博', category: '管理' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', message: expect.stringMatching(/未通过安全检查.*请修改后再提交/) } })
    expect(await h.snapshot()).toBe(before)
  })

  it('allows five a day, then RATE_LIMITED without writing; the next day is fresh', async () => {
    const { h, members, submit } = await suggestionFixture()
    const who = members[0].openid as string
    for (let i = 0; i < 5; i++) await submit(who, `第 ${i + 1} 条建议`)
    const before = await h.snapshot()
    expect(await h.call('suggestion', who, { action: 'submit', content: '第 6 条' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await h.snapshot()).toBe(before)
    // another member is not affected
    await submit(members[1].openid as string)
    h.setNow('2026-11-24T16:30:00.000Z') // 00:30 on the 25th in Beijing
    await submit(who, '新的一天')
  })

  it('holds the limit of five when eight submissions race', async () => {
    const { h, members } = await suggestionFixture()
    const who = members[0].openid as string
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => h.call('suggestion', who, { action: 'submit', content: `并发 ${i}` })))
    expect(results.filter((r) => r.ok)).toHaveLength(5)
    expect(results.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED')).toHaveLength(3)
    const board = await h.ok('suggestion', who, { action: 'board' })
    expect(board.items).toHaveLength(5)
  })

  it('keeps only today’s rate-limit counters', async () => {
    const { h, members, submit } = await suggestionFixture()
    await submit(members[0].openid as string)
    h.setNow('2026-11-25T02:00:00.000Z')
    await submit(members[1].openid as string)
    const { data } = await h.cloud.db.collection(SUGGESTION_LIMITS).get()
    expect(data).toEqual([{ _id: expect.stringMatching(/^[0-9a-f]{64}$/), day: '2026-11-25', count: 1 }])
  })

  it('is FORBIDDEN to a phone that is not a bound member', async () => {
    const h = createHarness()
    await h.members([{ name: '甲', unit: '语文组' }])
    const before = await h.snapshot()
    expect(await h.call('suggestion', 'stranger', { action: 'submit', content: '你好' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('suggestion', '', { action: 'submit', content: '你好' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await h.snapshot()).toBe(before)
  })
})
