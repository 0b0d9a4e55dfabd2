import { CHAIR, createHarness } from '../../../test/support/harness'

describe('member roles', () => {
  it('the chair makes a member an officer, who can then list members but not see invite codes', async () => {
    const h = createHarness()
    const [a, b] = await h.members([
      { name: '甲', unit: '语文组', openid: 'a' },
      { name: '乙', unit: '数学组', openid: null }
    ])
    expect(await h.call('member', 'a', { action: 'list' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await h.ok('member', CHAIR, { action: 'setRole', memberId: a.id, role: 'officer' })
    expect(await h.ok('member', 'a', { action: 'me' })).toMatchObject({ role: 'officer' })
    const { items } = await h.ok('member', 'a', { action: 'list' })
    expect(items).toHaveLength(2)
    expect(items.some((m: { inviteCode?: string }) => m.inviteCode)).toBe(false)
    const chairView = await h.ok('member', CHAIR, { action: 'list' })
    expect(chairView.items.find((m: { id: string }) => m.id === b.id).inviteCode).toBe(b.inviteCode)
  })

  it('rejects an unknown role or member', async () => {
    const h = createHarness()
    const [a] = await h.members([{ name: '甲', unit: '语文组' }])
    expect(await h.call('member', CHAIR, { action: 'setRole', memberId: a.id, role: 'king' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '角色：只能是 member、officer、chair' }
    })
    expect(await h.call('member', CHAIR, { action: 'setRole', memberId: 'nobody', role: 'officer' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('a member edits their own birthday but not their unit', async () => {
    const h = createHarness()
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    const r = await h.ok('member', 'a', { action: 'update', birthday: '1990-05-06' })
    expect(r.member.birthday).toBe('1990-05-06')
    expect(await h.call('member', 'a', { action: 'update', unit: '数学组' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('counts subscribe grants per template', async () => {
    const h = createHarness()
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'notice', accepted: true })
    const r = await h.ok('member', 'a', { action: 'subscribe', templateKey: 'notice', accepted: true })
    expect(r.grants).toBe(2)
    const g = await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: false })
    expect(g.grants).toBe(0)
  })
})
