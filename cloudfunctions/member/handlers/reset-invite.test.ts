import { CHAIR, createHarness } from '../../../test/support/harness'

describe('member.resetInvite', () => {
  it('gives a new code; the old one no longer binds, the new one does', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '陈思远', unit: '语文组', openid: null }])
    const { inviteCode } = await h.ok('member', CHAIR, { action: 'resetInvite', memberId: m.id })
    expect(inviteCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(inviteCode).not.toBe(m.inviteCode)
    expect(await h.call('member', 'phone-a', { action: 'bind', inviteCode: m.inviteCode })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await h.ok('member', 'phone-a', { action: 'bind', inviteCode })).member.name).toBe('陈思远')
  })

  it('a double tap (same code replaced twice) makes one new code; a later reset makes another', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '刘芳', unit: '语文组', openid: null }])
    const taps = await Promise.all([1, 2].map(() => h.ok('member', CHAIR, { action: 'resetInvite', memberId: m.id, replaces: m.inviteCode })))
    expect(taps[0].inviteCode).toBe(taps[1].inviteCode)
    const { items } = await h.ok('member', CHAIR, { action: 'list' })
    expect(items[0].inviteCode).toBe(taps[0].inviteCode)
    const again = await h.ok('member', CHAIR, { action: 'resetInvite', memberId: m.id, replaces: taps[0].inviteCode })
    expect(again.inviteCode).not.toBe(taps[0].inviteCode)
  })

  it('refuses a bound member (their code is used) and says to unbind first', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '周婷', unit: '数学组', openid: 'zhou' }])
    const r = await h.call('member', CHAIR, { action: 'resetInvite', memberId: m.id })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!r.ok && r.error.message).toContain('解除绑定')
  })

  it('is for the chair only, and names a missing member', async () => {
    const h = createHarness()
    const [m] = await h.members([
      { name: '甲', unit: '语文组', openid: null },
      { name: '官', unit: '体育组', role: 'officer', openid: 'officer' }
    ])
    const before = await h.snapshot()
    expect(await h.call('member', 'officer', { action: 'resetInvite', memberId: m.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('member', CHAIR, { action: 'resetInvite' })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '缺少 id' } })
    expect(await h.call('member', CHAIR, { action: 'resetInvite', memberId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '找不到这位会员' } })
    expect(await h.snapshot()).toBe(before)
  })
})
