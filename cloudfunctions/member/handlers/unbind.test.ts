import { CHAIR, createHarness } from '../../../test/support/harness'

describe('member.unbind', () => {
  it('a teacher with a new phone: the old phone is a stranger, the new one binds with the fresh code', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '陈思远', unit: '语文组', openid: 'old-phone' }])
    await h.ok('member', 'old-phone', { action: 'subscribe', templateKey: 'notice', accepted: true })
    const r = await h.ok('member', CHAIR, { action: 'unbind', memberId: m.id })
    expect(r.member).toMatchObject({ name: '陈思远', bound: false })
    expect(r.inviteCode).not.toBe(m.inviteCode)
    expect(await h.ok('member', 'old-phone', { action: 'me' })).toMatchObject({ member: null, role: 'none' })
    // the old code was used once and stays spent
    expect(await h.call('member', 'new-phone', { action: 'bind', inviteCode: m.inviteCode })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await h.ok('member', 'new-phone', { action: 'bind', inviteCode: r.inviteCode })).member).toMatchObject({ name: '陈思远', bound: true })
    // the old phone's grants could only reach the old phone
    expect((await h.ok('member', 'new-phone', { action: 'subscribe', templateKey: 'notice', accepted: false })).grants).toBe(0)
    // and the old phone is free to bind someone else's code
    const [other] = await h.members([{ name: '刘芳', unit: '语文组', openid: null }])
    expect((await h.ok('member', 'old-phone', { action: 'bind', inviteCode: other.inviteCode })).member.name).toBe('刘芳')
  })

  it('a double tap issues one code', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '周婷', unit: '数学组', openid: 'zhou' }])
    const [a, b] = await Promise.all([1, 2].map(() => h.ok('member', CHAIR, { action: 'unbind', memberId: m.id })))
    expect(a.inviteCode).toBe(b.inviteCode)
    const again = await h.ok('member', CHAIR, { action: 'unbind', memberId: m.id })
    expect(again.inviteCode).toBe(a.inviteCode)
  })

  it('is for the chair only; the chair cannot unbind their own phone', async () => {
    const h = createHarness()
    const [m, boss] = await h.members([
      { name: '甲', unit: '语文组', openid: 'a' },
      { name: '主席', unit: '工会', role: 'chair', openid: 'boss' },
      { name: '官', unit: '体育组', role: 'officer', openid: 'officer' }
    ])
    expect(await h.call('member', 'officer', { action: 'unbind', memberId: m.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('member', 'a', { action: 'unbind', memberId: m.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('member', 'boss', { action: 'unbind', memberId: boss.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await h.call('member', CHAIR, { action: 'unbind', memberId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.ok('member', 'a', { action: 'me' })).toMatchObject({ member: { name: '甲' } })
  })
})
