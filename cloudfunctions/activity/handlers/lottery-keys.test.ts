import { lockedParts, sha256Hex } from '../../../types/draw'
import { verifyLottery } from '../../../types/lottery'
import { CHAIR, kit } from '../testing'

const CLOSE = '2026-11-30T10:00:00.000Z'
const AFTER_CLOSE = '2026-11-30T11:00:00.000Z'
/** a day and an hour after the close: the keyholders' reveal window (24 h) is over */
const AFTER_REVEALS = '2026-12-01T11:00:00.000Z'
const CHAIR_SECRET = 'chair-lottery-secret-0123456789'
const AUDIT_SECRET = 'audit-lottery-secret-9876543210'

/** Twelve entrants, the last one tagged 经审委员; a lottery for three places whose keyholders are the chair and that 经审委员. */
async function keyedLottery() {
  const k = await kit(12)
  const auditor = k.people[11]
  await k.h.ok('member', CHAIR, { action: 'tag', memberId: auditor.id, tags: ['经审委员'] })
  const id = await k.create({ capacity: 3, allocation: 'lottery' })
  return { ...k, id, auditor }
}

const proofOf = (d: any) => verifyLottery({ ...d, keys: lockedParts(d.keyholders) })

describe('activity lottery keyholders (the suggestion box’s keyholder rule)', () => {
  it('the chair names a 经审委员; both lock before the close; the draw waits for both reveals, and a phone verifies it with every key', async () => {
    const { h, people, id, auditor, signup } = await keyedLottery()
    expect((await h.ok('activity', CHAIR, { action: 'keyholderCandidates', id })).items).toEqual([expect.objectContaining({ name: auditor.name, role: '经审委员' })])
    expect(await h.call('activity', 'officer', { action: 'setKeyholders', id, memberIds: [auditor.id] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('activity', CHAIR, { action: 'setKeyholders', id, memberIds: [people[0].id] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('督导员或经审委员') }
    })
    const set = await h.ok('activity', CHAIR, { action: 'setKeyholders', id, memberIds: [auditor.id] })
    expect(set.keyholders.map((k: { role: string }) => k.role)).toEqual(['工会主席', '经审委员'])
    // nobody else holds a key
    expect(await h.ok('activity', 'm1', { action: 'keyholding', id })).toMatchObject({ may: 'none' })
    expect(await h.call('activity', 'm1', { action: 'commitDraw', id, commitment: sha256Hex('x'.repeat(20)) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.ok('activity', CHAIR, { action: 'keyholding', id })).toMatchObject({ may: 'commit', mine: { role: '工会主席', committed: false } })
    await h.ok('activity', CHAIR, { action: 'commitDraw', id, commitment: sha256Hex(CHAIR_SECRET) })
    // a retry changes nothing; another secret is refused; the keyholders are fixed from the first lock
    await h.ok('activity', CHAIR, { action: 'commitDraw', id, commitment: sha256Hex(CHAIR_SECRET) })
    expect(await h.call('activity', CHAIR, { action: 'commitDraw', id, commitment: sha256Hex('another-secret-of-hers') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await h.call('activity', CHAIR, { action: 'setKeyholders', id, memberIds: [auditor.id] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await h.ok('activity', auditor.openid as string, { action: 'commitDraw', id, commitment: sha256Hex(AUDIT_SECRET) })
    for (const p of people) await signup(p, id)
    expect(await h.call('activity', CHAIR, { action: 'reveal', id, secret: CHAIR_SECRET })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('截止') } })

    h.setNow(AFTER_CLOSE)
    // members see both keys locked, and why the draw waits
    const before = await h.ok('activity', 'm1', { action: 'get', id })
    expect(before.draw.keyholders.map((k: { commitment?: string }) => Boolean(k.commitment))).toEqual([true, true])
    expect(before.draw.keyholders[0]).not.toHaveProperty('memberId')
    expect(before.draw.ready).toEqual({ can: false, why: expect.stringContaining('等工会主席和经审委员揭晓密钥') })
    expect(await h.call('activity', 'officer', { action: 'drawPlaces', id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('揭晓') } })
    expect(await h.call('activity', CHAIR, { action: 'reveal', id, secret: AUDIT_SECRET })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('承诺值不符') } })
    await h.ok('activity', CHAIR, { action: 'reveal', id, secret: CHAIR_SECRET })
    // a revealed key is public: sign-up may not reopen
    expect(await h.call('activity', 'officer', { action: 'update', id, signupClosesAt: '2026-11-30T12:00:00.000Z' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect((await h.ok('activity', 'm1', { action: 'get', id })).draw.ready.why).toContain('等经审委员揭晓')
    expect(await h.ok('activity', auditor.openid as string, { action: 'keyholding', id })).toMatchObject({ may: 'reveal' })
    await h.ok('activity', auditor.openid as string, { action: 'reveal', id, secret: AUDIT_SECRET })
    expect((await h.ok('activity', 'm1', { action: 'get', id })).draw.ready).toEqual({ can: true, why: '密钥保管人都已揭晓，可以抽签' })

    const out = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    expect(out.winners).toBe(3)
    expect(proofOf(out.draw)).toBe(true)
    // every key counts: without the keyholders', or with one changed, the phone's check fails
    expect(verifyLottery({ ...out.draw, keys: [] })).toBe(false)
    const forged = out.draw.keyholders.map((k: any, i: number) => ({ commitment: k.commitment, secret: i ? 'someone-else-entirely' : k.secret }))
    expect(verifyLottery({ ...out.draw, keys: forged })).toBe(false)
    expect(await h.ok('activity', CHAIR, { action: 'keyholding', id })).toMatchObject({ may: 'none', why: expect.stringContaining('已在') })
  })

  it('a keyholder who has not revealed by the deadline is replaced by the public stand-in, and a late reveal is refused', async () => {
    const { h, people, id, auditor, signup } = await keyedLottery()
    await h.ok('activity', CHAIR, { action: 'setKeyholders', id, memberIds: [auditor.id] })
    await h.ok('activity', CHAIR, { action: 'commitDraw', id, commitment: sha256Hex(CHAIR_SECRET) })
    await h.ok('activity', auditor.openid as string, { action: 'commitDraw', id, commitment: sha256Hex(AUDIT_SECRET) })
    for (const p of people.slice(0, 6)) await signup(p, id)
    h.setNow(AFTER_CLOSE)
    await h.ok('activity', CHAIR, { action: 'reveal', id, secret: CHAIR_SECRET })
    expect(await h.call('activity', 'officer', { action: 'drawPlaces', id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    h.setNow(AFTER_REVEALS)
    expect(await h.ok('activity', auditor.openid as string, { action: 'keyholding', id })).toMatchObject({ may: 'none', why: expect.stringContaining('揭晓期已于') })
    expect(await h.call('activity', auditor.openid as string, { action: 'reveal', id, secret: AUDIT_SECRET })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect((await h.ok('activity', 'officer', { action: 'get', id })).draw.ready).toEqual({ can: true, why: expect.stringContaining('经审委员的密钥按规则用公开替代值') })
    const out = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    expect(out.draw.keyholders[1]).not.toHaveProperty('secret')
    expect(proofOf(out.draw)).toBe(true)
  })

  it('a keyholder who did not lock before the close is not waited for; locking after the close is refused', async () => {
    const { h, people, id, auditor, signup } = await keyedLottery()
    await h.ok('activity', CHAIR, { action: 'setKeyholders', id, memberIds: [auditor.id] })
    await h.ok('activity', CHAIR, { action: 'commitDraw', id, commitment: sha256Hex(CHAIR_SECRET) })
    for (const p of people.slice(0, 5)) await signup(p, id)
    h.setNow(CLOSE)
    expect(await h.call('activity', auditor.openid as string, { action: 'commitDraw', id, commitment: sha256Hex(AUDIT_SECRET) })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect(await h.call('activity', CHAIR, { action: 'setKeyholders', id, memberIds: [auditor.id] })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect(await h.ok('activity', auditor.openid as string, { action: 'keyholding', id })).toMatchObject({ may: 'none', why: expect.stringContaining('没有锁定') })
    await h.ok('activity', CHAIR, { action: 'reveal', id, secret: CHAIR_SECRET })
    const out = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    expect(out.winners).toBe(3)
    expect(proofOf(out.draw)).toBe(true)
  })

  it('without keyholders the draw rests on the system’s share alone, and says so', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 2, allocation: 'lottery' })
    for (const p of people) await signup(p, id)
    h.setNow(AFTER_CLOSE)
    expect((await h.ok('activity', 'm1', { action: 'get', id })).draw.ready).toEqual({ can: true, why: '没有选定密钥保管人，按系统密钥抽签' })
    const out = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    expect(verifyLottery(out.draw)).toBe(true)
  })
})
