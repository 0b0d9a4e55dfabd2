import { CHAIR, congressKit, HELD } from '../testing'

describe('checkin and attendance', () => {
  it('quorum is the number making two thirds of the active 代表: with 9 代表 it is 6, so 5 present is not quorate and 6 is', async () => {
    const k = await congressKit(9)
    k.h.setNow('2026-12-15T00:50:00.000Z') // 08:50 on the day in Shanghai
    const { code } = await k.ok(k.who.chair, { action: 'meeting', id: k.meetingId })
    expect(code).toMatch(/^\d{4}$/)
    for (const d of k.who.delegates.slice(0, 5)) await k.ok(d, { action: 'checkin', meetingId: k.meetingId, code })
    expect(await k.ok(k.who.member, { action: 'attendance', meetingId: k.meetingId })).toEqual({ expected: 9, present: 5, quorum: 6, quorate: false })
    await k.ok(k.who.delegates[5], { action: 'checkin', meetingId: k.meetingId, code })
    expect(await k.ok(k.who.member, { action: 'attendance', meetingId: k.meetingId })).toEqual({ expected: 9, present: 6, quorum: 6, quorate: true })
  }, 90000)

  it('checking in twice is one check-in; a wrong code, a member without the tag and the day before are refused with why', async () => {
    const k = await congressKit(3)
    k.h.setNow('2026-12-14T02:00:00.000Z')
    const before = await k.ok(k.who.delegates[0], { action: 'meeting', id: k.meetingId })
    expect(before.cannotCheckin).toBe('会议当天（2026-12-15）才能签到')
    expect((await k.ok(k.who.chair, { action: 'meeting', id: k.meetingId })).code).toBeUndefined()
    k.h.setNow(HELD)
    const { code } = await k.ok(k.who.chair, { action: 'meeting', id: k.meetingId })
    expect((await k.ok(k.who.delegates[0], { action: 'meeting', id: k.meetingId })).code).toBeUndefined()
    const wrong = await k.call(k.who.delegates[0], { action: 'checkin', meetingId: k.meetingId, code: code === '0000' ? '1111' : '0000' })
    expect(wrong.ok || wrong.error.message).toContain('签到码不对')
    expect(await k.call(k.who.member, { action: 'checkin', meetingId: k.meetingId, code })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const a = await k.ok(k.who.delegates[0], { action: 'checkin', meetingId: k.meetingId, code })
    const b = await k.ok(k.who.delegates[0], { action: 'checkin', meetingId: k.meetingId, code })
    expect(b.at).toBe(a.at)
    expect(await k.ok(k.who.chair, { action: 'attendance', meetingId: k.meetingId })).toEqual({ expected: 3, present: 1, quorum: 2, quorate: false })
  }, 60000)

  it('a 代表 who is deactivated leaves the expected count', async () => {
    const k = await congressKit(3)
    await k.h.ok('member', CHAIR, { action: 'deactivate', memberId: k.people[4].id, reason: '调离' })
    expect(await k.ok(k.who.chair, { action: 'attendance', meetingId: k.meetingId })).toEqual({ expected: 2, present: 0, quorum: 2, quorate: false })
  }, 60000)
})
