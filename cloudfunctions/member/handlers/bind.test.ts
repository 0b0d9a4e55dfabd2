import { createHarness } from '../../../test/support/harness'

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

  it('rejects a wrong code without writing anything', async () => {
    const h = createHarness()
    await h.members([{ name: '丁', unit: '数学组', openid: null }])
    const before = await h.snapshot()
    expect(await h.call('member', 'phone-x', { action: 'bind', inviteCode: 'ZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('member', 'phone-x', { action: 'bind', inviteCode: '0OIL1' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await h.snapshot()).toBe(before)
  })
})
