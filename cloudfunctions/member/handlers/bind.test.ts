import { createHarness } from '../../../test/support/harness'
import { BIND_ATTEMPTS } from '../../_shared/collections'

describe('member.bind', () => {
  it('binds a phone to the member whose invite code it enters, once', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '陈思远', unit: '语文组', openid: null }])
    const bound = await h.ok('member', 'phone-a', { action: 'bind', inviteCode: m.inviteCode.toLowerCase() })
    expect(bound.member.name).toBe('陈思远')
    const me = await h.ok('member', 'phone-a', { action: 'me' })
    expect(me).toMatchObject({ role: 'member', member: { name: '陈思远', bound: true } })
    expect(JSON.stringify(me)).not.toContain('phone-a')

    const again = await h.call('member', 'phone-b', { action: 'bind', inviteCode: m.inviteCode })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // the same phone sending the same code again (a retry whose first answer was lost) is told it is bound
    expect(await h.ok('member', 'phone-a', { action: 'bind', inviteCode: m.inviteCode })).toEqual(bound)
  })

  it('lets one phone hold only one member', async () => {
    const h = createHarness()
    const [a, b] = await h.members([
      { name: '甲', unit: '语文组', openid: null },
      { name: '乙', unit: '语文组', openid: null }
    ])
    await h.ok('member', 'phone-a', { action: 'bind', inviteCode: a.inviteCode })
    const second = await h.call('member', 'phone-a', { action: 'bind', inviteCode: b.inviteCode })
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('gives exactly one binding when two phones race for one code', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '丙', unit: '数学组', openid: null }])
    const results = await Promise.all(['p1', 'p2', 'p3', 'p4'].map((p) => h.call('member', p, { action: 'bind', inviteCode: m.inviteCode })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'CONFLICT')).toBe(true)
  })

  it('rejects a wrong code writing nothing but the caller’s attempt count', async () => {
    const h = createHarness()
    await h.members([{ name: '丁', unit: '数学组', openid: null }])
    const before = JSON.parse(await h.snapshot())
    expect(await h.call('member', 'phone-x', { action: 'bind', inviteCode: 'ZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('member', 'phone-x', { action: 'bind', inviteCode: '0OIL1' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    const { bind_attempts: attempts, ...after } = JSON.parse(await h.snapshot())
    expect(after).toEqual(before)
    expect(attempts).toEqual([{ _id: 'phone-x', since: '2026-11-24T02:00:00.000Z', count: 1 }])
  })
})

/** Well-formed codes that are nobody's (the alphabet has no 0, 1, I, L or O, so these stay apart from real ones). */
const guesses = (n: number, real: string[]) =>
  Array.from({ length: n }, (_, i) => `ZZZZZZ${'23456789ABCDEFGHJKMNPQRSTUVWXYZ'[Math.floor(i / 31)]}${'23456789ABCDEFGHJKMNPQRSTUVWXYZ'[i % 31]}`).filter((c) => !real.includes(c))

describe('member.bind against a guesser', () => {
  it('answers 5 wrong codes in 10 minutes, then RATE_LIMITED until the window ends; other phones bind meanwhile', async () => {
    const h = createHarness()
    const [m, other] = await h.members([
      { name: '戊', unit: '数学组', openid: null },
      { name: '己', unit: '语文组', openid: null }
    ])
    const codes = []
    for (const inviteCode of guesses(20, [m.inviteCode, other.inviteCode])) {
      const r = await h.call('member', 'phone-guess', { action: 'bind', inviteCode })
      codes.push(r.ok ? 'ok' : r.error.code)
    }
    expect(codes).toEqual([...Array(5).fill('NOT_FOUND'), ...Array(15).fill('RATE_LIMITED')])
    h.setNow('2026-11-24T02:04:00.000Z')
    // past the limit even the right code gets no answer, so a lucky guess is never confirmed
    expect(await h.call('member', 'phone-guess', { action: 'bind', inviteCode: m.inviteCode })).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '邀请码错误次数太多，请 6 分钟后再试，或联系工会主席' }
    })
    expect((await h.ok('member', 'phone-other', { action: 'bind', inviteCode: other.inviteCode })).member.name).toBe('己')

    h.setNow('2026-11-24T02:10:00.000Z')
    expect((await h.ok('member', 'phone-guess', { action: 'bind', inviteCode: m.inviteCode })).member.name).toBe('戊')
    // a bind resets the count: nothing of the guessing is kept
    expect(JSON.parse(await h.snapshot()).bind_attempts).toBeUndefined()
  })

  it('looks up only 5 of 50 guesses sent at once', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '庚', unit: '数学组', openid: null }])
    const results = await Promise.all(guesses(50, [m.inviteCode]).map((inviteCode) => h.call('member', 'phone-burst', { action: 'bind', inviteCode })))
    const count = (code: string) => results.filter((r) => !r.ok && r.error.code === code).length
    expect([count('NOT_FOUND'), count('RATE_LIMITED')]).toEqual([5, 45])
  })

  it('counts each phone apart, and a bind resets the count', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '辛', unit: '数学组', openid: null }])
    const [wrong] = guesses(1, [m.inviteCode])
    for (let i = 0; i < 4; i++) await h.call('member', 'phone-a', { action: 'bind', inviteCode: wrong })
    for (let i = 0; i < 5; i++) await h.call('member', 'phone-b', { action: 'bind', inviteCode: wrong })
    expect(await h.call('member', 'phone-b', { action: 'bind', inviteCode: m.inviteCode })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    await h.ok('member', 'phone-a', { action: 'bind', inviteCode: m.inviteCode })
    const { bind_attempts: attempts } = JSON.parse(await h.snapshot())
    expect(attempts).toEqual([{ _id: 'phone-b', since: '2026-11-24T02:00:00.000Z', count: 5 }])
  })

  it('refuses, rather than lets a guess through, when the attempt count cannot be read', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '壬', unit: '数学组', openid: null }])
    h.cloud.failNext('getDocument', BIND_ATTEMPTS)
    expect(await h.call('member', 'phone-x', { action: 'bind', inviteCode: m.inviteCode })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await h.ok('member', 'phone-x', { action: 'me' })).toMatchObject({ member: null })
  })
})
