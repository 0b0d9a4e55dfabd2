import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

async function awarded() {
  const f = await suggestionFixture()
  const win = await f.submit(f.members[0].openid as string)
  const lose = await f.submit(f.members[1].openid as string)
  await f.h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: win.number, prize: '三等奖' }] })
  return { ...f, win, lose }
}

describe('suggestion.claim', () => {
  it('claims a winning number with its claim code, and the chair sees when', async () => {
    const { h, members, win } = await awarded()
    h.setNow('2026-11-25T06:30:00.000Z')
    // anyone holding the code can claim, from any phone: the code, not the account, is the proof
    const out = await h.ok('suggestion', members[2].openid as string, { action: 'claim', number: win.number.toLowerCase(), claimCode: win.claimCode.toLowerCase() })
    expect(out).toEqual({ number: win.number, prize: '三等奖', claimedAt: '2026-11-25T06:30:00.000Z' })
    const desk = await h.ok('suggestion', CHAIR, { action: 'inbox', month: '2026-11' })
    expect(desk.items.find((i: { number: string }) => i.number === win.number)).toMatchObject({ claimed: true, claimedAt: '2026-11-25T06:30:00.000Z' })
    const board = await h.ok('suggestion', members[1].openid as string, { action: 'board' })
    const item = board.items.find((i: { number: string }) => i.number === win.number)
    expect(item).toMatchObject({ claimed: true })
    expect(item.claimedAt).toBeUndefined()
  })

  it('refuses a wrong code, a second claim, a number that did not win and an unknown number, writing nothing', async () => {
    const { h, members, win, lose } = await awarded()
    const who = members[0].openid as string
    const before = await h.snapshot()
    const claim = (number: string, claimCode: string) => h.call('suggestion', who, { action: 'claim', number, claimCode })
    const wrong = win.claimCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH'
    expect(await claim(win.number, wrong)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('领奖码不正确') } })
    expect(await claim(lose.number, lose.claimCode)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('没有在2026 年 11 月获奖') } })
    expect(await claim('2611-ZZZZ', win.claimCode)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await claim(win.number, '123')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('领奖码') } })
    expect(await h.snapshot()).toBe(before)
    await h.ok('suggestion', who, { action: 'claim', number: win.number, claimCode: win.claimCode })
    expect(await claim(win.number, win.claimCode)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经认领') } })
  })

  it('says plainly when a number’s month has no winners yet', async () => {
    const f = await suggestionFixture('2026-10-20T02:00:00.000Z')
    const october = await f.submit(f.members[0].openid as string)
    f.h.setNow('2026-11-24T02:00:00.000Z')
    const november = await f.submit(f.members[0].openid as string)
    await f.h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: november.number, prize: '一等奖' }] })
    expect(await f.h.call('suggestion', f.members[0].openid as string, { action: 'claim', number: october.number, claimCode: october.claimCode })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '2026 年 10 月的获奖号码还没有公布' }
    })
  })
})
