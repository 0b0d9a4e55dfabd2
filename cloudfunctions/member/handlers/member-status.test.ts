import { CHAIR, createHarness } from '../../../test/support/harness'
import { MEMBER_INACTIVE } from '../../../types/member'

const names = (items: { name: string }[]) => items.map((m) => m.name).sort()

describe('member.deactivate / reactivate', () => {
  it('an inactive member leaves the list and their phone is told why; reactivate undoes it', async () => {
    const h = createHarness()
    const [m] = await h.members([
      { name: '陈思远', unit: '语文组', openid: 'chen' },
      { name: '刘芳', unit: '语文组', openid: 'liu' }
    ])
    const r = await h.ok('member', CHAIR, { action: 'deactivate', memberId: m.id, reason: '调离本校' })
    expect(r.member.inactive).toEqual({ reason: '调离本校', at: '2026-11-24T02:00:00.000Z' })
    expect(names((await h.ok('member', CHAIR, { action: 'list' })).items)).toEqual(['刘芳'])
    expect(names((await h.ok('member', CHAIR, { action: 'list', status: 'inactive' })).items)).toEqual(['陈思远'])
    expect(names((await h.ok('member', CHAIR, { action: 'list', status: 'all', q: '陈' })).items)).toEqual(['陈思远'])
    // their phone: me still answers (the app shows why), every member action refuses with the reason to ask the chair
    expect(await h.ok('member', 'chen', { action: 'me' })).toMatchObject({ member: { name: '陈思远', inactive: { reason: '调离本校' } } })
    expect(await h.call('notice', 'chen', { action: 'list' })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: MEMBER_INACTIVE } })
    expect(await h.call('member', 'chen', { action: 'update', phone: '13900000000' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const back = await h.ok('member', CHAIR, { action: 'reactivate', memberId: m.id, reason: '误操作' })
    expect(back.member.inactive).toBeUndefined()
    expect(names((await h.ok('member', CHAIR, { action: 'list' })).items)).toEqual(['刘芳', '陈思远'].sort())
    expect((await h.call('notice', 'chen', { action: 'list' })).ok).toBe(true)
  })

  it('a double tap keeps the first reason and time; reactivating an active member changes nothing', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '周婷', unit: '数学组', openid: 'zhou' }])
    await h.ok('member', CHAIR, { action: 'deactivate', memberId: m.id, reason: '退休退会' })
    h.setNow('2026-11-24T02:00:05.000Z')
    const second = await h.ok('member', CHAIR, { action: 'deactivate', memberId: m.id, reason: '退休退会' })
    expect(second.member.inactive).toEqual({ reason: '退休退会', at: '2026-11-24T02:00:00.000Z' })
    await h.ok('member', CHAIR, { action: 'reactivate', memberId: m.id })
    const before = await h.snapshot()
    expect((await h.ok('member', CHAIR, { action: 'reactivate', memberId: m.id })).member.inactive).toBeUndefined()
    expect(await h.snapshot()).toBe(before)
  })

  it('asks for a reason, is for the chair only, and a chair cannot deactivate themself', async () => {
    const h = createHarness()
    const [m, boss] = await h.members([
      { name: '甲', unit: '语文组', openid: 'a' },
      { name: '主席', unit: '工会', role: 'chair', openid: 'boss' },
      { name: '官', unit: '体育组', role: 'officer', openid: 'officer' }
    ])
    const before = await h.snapshot()
    expect(await h.call('member', CHAIR, { action: 'deactivate', memberId: m.id })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '请填写原因' } })
    expect(await h.call('member', CHAIR, { action: 'deactivate', memberId: m.id, reason: '  ' })).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '原因不能为空' } })
    expect(await h.call('member', 'officer', { action: 'deactivate', memberId: m.id, reason: '调离' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('member', 'officer', { action: 'reactivate', memberId: m.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('member', 'boss', { action: 'deactivate', memberId: boss.id, reason: '调离' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await h.snapshot()).toBe(before)
  })
})
