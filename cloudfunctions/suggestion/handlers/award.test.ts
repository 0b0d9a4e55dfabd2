import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'
import { SUGGESTION_MONTHS } from '../../_shared/collections'

// the fixture's clock is 24 Nov 2026 in Beijing; November closes at 2026-11-30T16:00Z
const DEC_1 = '2026-12-01T02:00:00.000Z'

describe('suggestion.award', () => {
  it('publishes the month’s prizes on the board and posts a 表彰 notice listing the numbers', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const b = await submit(members[1].openid as string)
    h.setNow(DEC_1)
    const out = await h.ok('suggestion', CHAIR, {
      action: 'award',
      month: '2026-11',
      winners: [
        { number: a.number, prize: '一等奖' },
        { number: b.number.toLowerCase(), prize: '鼓励奖' }
      ]
    })
    expect(out.noticeId).toEqual(expect.any(String))
    expect(out.correctableUntil).toBe('2026-12-08')
    const board = await h.ok('suggestion', members[2].openid as string, { action: 'board', month: '2026-11' })
    expect(board).toMatchObject({ awardedOn: '2026-12-01', awardCorrectableUntil: '2026-12-08' })
    expect(board.awardOpensOn).toBeUndefined()
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

  it('refuses a month that has not closed in Beijing, saying from when, and opens at midnight Beijing time', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const award = { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '一等奖' }] }
    const before = await h.snapshot()
    expect(await h.call('suggestion', CHAIR, award)).toEqual({ ok: false, error: { code: 'CLOSED', message: '2026年11月还没有结束，12月1日起才能评这个月的奖' } })
    expect((await h.ok('suggestion', CHAIR, { action: 'board' })).awardOpensOn).toBe('2026-12-01')
    h.setNow('2026-11-30T15:59:00.000Z') // 23:59 on 30 Nov in Beijing
    expect(await h.call('suggestion', CHAIR, award)).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect(await h.snapshot()).toBe(before)
    h.setNow('2026-11-30T16:00:00.000Z') // 00:00 on 1 Dec in Beijing, still 30 Nov in UTC and in Los Angeles
    expect(await h.ok('suggestion', CHAIR, award)).toMatchObject({ month: '2026-11', correctableUntil: '2026-12-08' })
  })

  it('refuses a number from another month, an unknown or repeated number, a bad prize and non-chairs, writing nothing', async () => {
    const { h, members, supervisor, submit } = await suggestionFixture('2026-10-20T02:00:00.000Z')
    const october = await submit(members[0].openid as string)
    h.setNow('2026-11-24T02:00:00.000Z')
    const november = await submit(members[1].openid as string)
    h.setNow('2026-12-02T02:00:00.000Z')
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
    expect(await award([{ number: '2612-ABCD', prize: '一等奖' }], CHAIR, '2026-12')).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '2026年12月还没有结束，1月1日起才能评这个月的奖' } })
    expect(await h.snapshot()).toBe(before)
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

describe('suggestion.award, corrected', () => {
  it('lets the chair correct the prizes within 7 days: the board and the one 表彰 notice follow, nobody is pushed twice', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const b = await submit(members[1].openid as string)
    for (const m of members) await h.ok('member', m.openid as string, { action: 'subscribe', templateKey: 'notice', accepted: true })
    h.setNow(DEC_1)
    const first = await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '一等奖' }] })
    const pushed = h.cloud.outbox.length
    h.setNow('2026-12-08T15:00:00.000Z') // 23:00 on 8 Dec in Beijing: the last day
    const fixed = await h.ok('suggestion', CHAIR, {
      action: 'award',
      month: '2026-11',
      winners: [
        { number: a.number, prize: '二等奖' },
        { number: b.number, prize: '一等奖' }
      ]
    })
    expect(fixed.noticeId).toBe(first.noticeId)
    const board = await h.ok('suggestion', members[2].openid as string, { action: 'board', month: '2026-11' })
    expect(board.items.find((i: { number: string }) => i.number === a.number).prize).toBe('二等奖')
    expect(board.items.find((i: { number: string }) => i.number === b.number).prize).toBe('一等奖')
    expect(board.awardedOn).toBe('2026-12-01')
    const honour = (await h.ok('notice', members[2].openid as string, { action: 'list' })).items.filter((n: { category: string }) => n.category === 'honour')
    expect(honour.map((n: { id: string }) => n.id)).toEqual([first.noticeId])
    const full = await h.ok('notice', members[2].openid as string, { action: 'get', id: first.noticeId })
    expect(full.notice.body).toContain(`一等奖：${b.number}`)
    expect(full.notice.body).toContain(`二等奖：${a.number}`)
    expect(full.notice.body).toContain('12月8日更正')
    expect(full.notice.editedAt).toEqual(expect.any(String))
    expect(h.cloud.outbox.length).toBe(pushed)
    // a prize taken away in a correction leaves the board
    await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: b.number, prize: '一等奖' }] })
    const again = await h.ok('suggestion', members[2].openid as string, { action: 'board', month: '2026-11' })
    expect(again.items.find((i: { number: string }) => i.number === a.number).prize).toBeUndefined()
  })

  it('makes the prizes final after the 7th day, saying since when', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    h.setNow(DEC_1)
    await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '一等奖' }] })
    h.setNow('2026-12-08T16:00:00.000Z') // 00:00 on 9 Dec in Beijing
    const before = await h.snapshot()
    expect(await h.call('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '三等奖' }] })).toEqual({
      ok: false,
      error: { code: 'CLOSED', message: '2026年11月的获奖号码已于12月1日公布，更正期到12月8日为止，现在已是最终结果' }
    })
    expect(await h.snapshot()).toBe(before)
    expect((await h.ok('suggestion', CHAIR, { action: 'board', month: '2026-11' })).awardCorrectableUntil).toBeUndefined()
    // the same winners again is a retry, not a correction: answered as before
    expect(await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '一等奖' }] })).toMatchObject({ correctableUntil: '2026-12-08' })
  })

  it('will not take away a prize already handed over', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const b = await submit(members[1].openid as string)
    h.setNow(DEC_1)
    await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: a.number, prize: '一等奖' }] })
    await h.ok('suggestion', members[0].openid as string, { action: 'claim', number: a.number, claimCode: a.claimCode })
    expect(await h.call('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: b.number, prize: '一等奖' }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining(`号码 ${a.number} 的奖品已经认领`) }
    })
  })
})

describe('suggestion.award, retried', () => {
  it('posts one 表彰 notice and pushes once when the award is retried after being cut off before saving the notice id', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    for (const m of members) await h.ok('member', m.openid as string, { action: 'subscribe', templateKey: 'notice', accepted: true })
    h.setNow(DEC_1)
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
