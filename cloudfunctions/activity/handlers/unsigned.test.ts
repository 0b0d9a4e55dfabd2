import { CHAIR, kit } from '../testing'

describe('activity.unsigned', () => {
  it('lists the audience who have not signed up, by unit then name: not the confirmed, the waitlisted, the ineligible or the inactive', async () => {
    const k = await kit(6, [{ gender: 'F' }, { gender: 'F' }, { gender: 'F' }, { gender: 'F' }, { gender: 'M' }, { gender: 'F', openid: null }])
    const { h, people } = k
    const id = await k.create({ capacity: 1, waitlist: true, eligibility: { gender: 'F' } })
    await k.signup(people[0], id)
    await k.signup(people[1], id)
    await h.ok('member', CHAIR, { action: 'deactivate', memberId: people[2].id, reason: '调离本校' })

    const out = await h.ok('activity', 'officer', { action: 'unsigned', id })
    // 会员1 confirmed, 会员2 waitlisted, 会员3 left, 会员5 is a man, 王委员 too; 会员6 is unbound and still owed a nudge
    expect(out.items).toEqual([
      { memberId: people[3].id, name: '会员4', unit: '数学组' },
      { memberId: people[5].id, name: '会员6', unit: '数学组' }
    ])

    await k.signup(people[3], id)
    expect((await h.ok('activity', 'officer', { action: 'unsigned', id })).items.map((m: { name: string }) => m.name)).toEqual(['会员6'])
  })

  it('is for officers, and names what is wrong with the request', async () => {
    const k = await kit(1)
    const id = await k.create()
    expect(await k.h.call('activity', 'm1', { action: 'unsigned', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await k.h.call('activity', 'officer', { action: 'unsigned', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await k.h.call('activity', 'officer', { action: 'unsigned' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
