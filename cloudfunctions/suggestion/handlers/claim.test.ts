import { awarded, wrongFor } from '../../../test/support/claim-fixture'
import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

describe('suggestion.claim', () => {
  it('claims a winning number with its claim code, and the chair sees when', async () => {
    const { h, members, win } = await awarded()
    h.setNow('2026-11-25T06:30:00.000Z')
    // anyone holding the code can claim, from any phone: the code, not the account, is the proof
    const out = await h.ok('suggestion', members[2].openid as string, { action: 'claim', number: win.number.toLowerCase(), claimCode: win.claimCode.toLowerCase() })
    // the day only (2026-11-25 in Beijing): a finer instant would join the claim to the call log
    expect(out).toEqual({ number: win.number, prize: '三等奖', claimedAt: '2026-11-24T16:00:00.000Z' })
    const desk = await h.ok('suggestion', CHAIR, { action: 'inbox', month: '2026-11' })
    expect(desk.items.find((i: { number: string }) => i.number === win.number)).toMatchObject({ claimed: true, claimedAt: '2026-11-24T16:00:00.000Z' })
    const board = await h.ok('suggestion', members[1].openid as string, { action: 'board' })
    const item = board.items.find((i: { number: string }) => i.number === win.number)
    expect(item).toMatchObject({ claimed: true })
    expect(item.claimedAt).toBeUndefined()
  })

  it('refuses a wrong code, a second claim, a number that did not win and an unknown number, writing only the number’s try count', async () => {
    const { h, members, win, lose } = await awarded()
    const who = members[0].openid as string
    const before = JSON.parse(await h.snapshot())
    const claim = (number: string, claimCode: string) => h.call('suggestion', who, { action: 'claim', number, claimCode })
    expect(await claim(win.number, wrongFor(win.claimCode))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('领奖码不正确') } })
    expect(await claim(lose.number, lose.claimCode)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('没有在2026 年 11 月获奖') } })
    expect(await claim('2611-ZZZZ', win.claimCode)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await claim(win.number, '123')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('领奖码') } })
    const { claim_attempts: tries, ...after } = JSON.parse(await h.snapshot())
    expect(after).toEqual(before)
    expect(tries).toEqual([{ _id: win.number, since: '2026-11-24T02:00:00.000Z', count: 1 }])
    await h.ok('suggestion', who, { action: 'claim', number: win.number, claimCode: win.claimCode })
    expect(await claim(win.number, win.claimCode)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经认领') } })
    expect(await claim(win.number, wrongFor(win.claimCode))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经认领') } })
    // a claimed number keeps no count of its tries
    expect(JSON.parse(await h.snapshot()).claim_attempts).toBeUndefined()
  })

  it('says plainly when a number’s month has no winners yet', async () => {
    const f = await suggestionFixture('2026-10-20T02:00:00.000Z')
    const october = await f.submit(f.members[0].openid as string)
    f.h.setNow('2026-11-24T02:00:00.000Z')
    const november = await f.submit(f.members[0].openid as string)
    f.h.setNow('2026-12-01T02:00:00.000Z')
    await f.h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: november.number, prize: '一等奖' }] })
    expect(await f.h.call('suggestion', f.members[0].openid as string, { action: 'claim', number: october.number, claimCode: october.claimCode })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '2026 年 10 月的获奖号码还没有公布' }
    })
  })
})

describe('suggestion.claim against a flood of wrong codes', () => {
  it('answers 5 wrong codes on a number in an hour, then RATE_LIMITED until the next hour; other numbers claim meanwhile', async () => {
    const { h, members, win, second } = await awarded()
    const who = members[1].openid as string
    h.setNow('2026-11-24T02:20:00.000Z')
    const codes = []
    for (let i = 0; i < 20; i++) {
      const r = await h.call('suggestion', who, { action: 'claim', number: win.number, claimCode: wrongFor(win.claimCode, i) })
      codes.push(r.ok ? 'ok' : r.error.code)
    }
    expect(codes).toEqual([...Array(5).fill('FORBIDDEN'), ...Array(15).fill('RATE_LIMITED')])
    // the right code too waits: past the limit a try gets no answer, so a lucky guess is never confirmed
    expect(await h.call('suggestion', members[0].openid as string, { action: 'claim', number: win.number, claimCode: win.claimCode })).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: `号码 ${win.number} 的领奖码错误次数太多，请 40 分钟后再试` }
    })
    expect(await h.ok('suggestion', members[2].openid as string, { action: 'claim', number: second.number, claimCode: second.claimCode })).toMatchObject({ prize: '二等奖' })

    h.setNow('2026-11-24T03:00:00.000Z')
    expect(await h.ok('suggestion', members[0].openid as string, { action: 'claim', number: win.number, claimCode: win.claimCode })).toMatchObject({ prize: '三等奖' })
    expect(JSON.parse(await h.snapshot()).claim_attempts).toBeUndefined()
  })
})
