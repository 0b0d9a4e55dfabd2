import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'
import { SUGGESTION_MONTHS } from '../../_shared/collections'

describe('suggestion.award', () => {
  it('publishes the month’s prizes on the board and posts a 表彰 notice listing the numbers', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const b = await submit(members[1].openid as string)
    const out = await h.ok('suggestion', CHAIR, {
      action: 'award',
      month: '2026-11',
      winners: [
        { number: a.number, prize: '一等奖' },
        { number: b.number.toLowerCase(), prize: '鼓励奖' }
      ]
    })
    expect(out.noticeId).toEqual(expect.any(String))
    const board = await h.ok('suggestion', members[2].openid as string, { action: 'board' })
    expect(board.awardedOn).toBe('2026-11-24')
    expect(board.items.find((i: { number: string }) => i.number === a.number)).toMatchObject({ prize: '一等奖', claimed: false })
    expect(board.items.find((i: { number: string }) => i.number === b.number)).toMatchObject({ prize: '鼓励奖' })
    const notices = await h.ok('notice', members[2].openid as string, { action: 'list' })
    const notice = notices.items.find((n: { id: string }) => n.id === out.noticeId)
    expect(notice).toMatchObject({ title: '2026年11月号码有奖征集获奖号码', category: 'honour' })
    const full = await h.ok('notice', members[2].openid as string, { action: 'get', id: out.noticeId })
    expect(full.notice.body).toContain(`一等奖：${a.number}`)
    expect(full.notice.body).toContain(`鼓励奖：${b.number}`)
    // the notice page turns it into 我中奖了，去认领
    expect(full.notice.link).toBe('suggestion-claim')
  })

  it('refuses a number from another month, an unknown or repeated number, a second award and non-chairs, writing nothing', async () => {
    const { h, members, supervisor, submit } = await suggestionFixture('2026-10-20T02:00:00.000Z')
    const october = await submit(members[0].openid as string)
    h.setNow('2026-11-24T02:00:00.000Z')
    const november = await submit(members[1].openid as string)
    const before = await h.snapshot()
    const award = (winners: unknown, who = CHAIR, month = '2026-11') => h.call('suggestion', who, { action: 'award', month, winners })
    expect(await award([{ number: october.number, prize: '一等奖' }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: `号码 ${october.number} 不是 2026-11 的建议，请核对月份` } })
    expect(await award([{ number: '2611-ZZZZ', prize: '一等奖' }])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(
      await award([
        { number: november.number, prize: '一等奖' },
        { number: november.number, prize: '二等奖' }
      ])
    ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await award([{ number: november.number, prize: '特等奖' }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('奖项') } })
    expect(await award([])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await award([{ number: november.number, prize: '一等奖' }], supervisor.openid as string)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await award([{ number: '2612-ABCD', prize: '一等奖' }], CHAIR, '2026-12')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('还没有开始') } })
    expect(await h.snapshot()).toBe(before)
    await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: november.number, prize: '一等奖' }] })
    const after = await h.snapshot()
    expect(await award([{ number: november.number, prize: '二等奖' }])).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await h.snapshot()).toBe(after)
  })

  it('awards last month after it has closed', async () => {
    const { h, members, submit } = await suggestionFixture('2026-10-20T02:00:00.000Z')
    const october = await submit(members[0].openid as string)
    h.setNow('2026-11-03T02:00:00.000Z')
    await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-10', winners: [{ number: october.number, prize: '二等奖' }] })
    const board = await h.ok('suggestion', members[0].openid as string, { action: 'board', month: '2026-10' })
    expect(board.items[0]).toMatchObject({ prize: '二等奖', month: '2026-10' })
    expect((await h.ok('suggestion', members[0].openid as string, { action: 'board' })).items).toEqual([])
  })
})

describe('suggestion.award, retried', () => {
  it('posts one 表彰 notice and pushes once when the award is retried after being cut off before saving the notice id', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    for (const m of members) await h.ok('member', m.openid as string, { action: 'subscribe', templateKey: 'notice', accepted: true })
    // the transaction's write of the month goes through; the later write of its notice id is lost
    h.cloud.failNext('modifyDocument', SUGGESTION_MONTHS, { skip: 1 })
    const award = { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '一等奖' }] }
    expect((await h.call('suggestion', CHAIR, award)).ok).toBe(false)
    const pushed = h.cloud.outbox.length
    expect(pushed).toBe(3)
    const again = await h.ok('suggestion', CHAIR, award)
    const notices = (await h.ok('notice', CHAIR, { action: 'list' })).items.filter((n: { category: string }) => n.category === 'honour')
    expect(notices.map((n: { id: string }) => n.id)).toEqual([again.noticeId])
    expect(h.cloud.outbox.length).toBe(pushed)
  })
})
