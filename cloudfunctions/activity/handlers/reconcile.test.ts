import { holderKey } from '../lib/ledger'
import { kit } from '../testing'
import { ACTIVITY_COUNTERS, SIGNUPS } from '../../_shared/collections'

describe('activity.reconcile (timer)', () => {
  it('gives back the entry of a place whose sign-up was cut off after the ledger took it', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 2 })
    await signup(people[0], id)
    await signup(people[1], id)
    // the cut-off: the ledger holds people[1]'s place, their entry was never written
    await h.cloud.db.collection(SIGNUPS).doc(`${id}:${people[1].id}`).remove()
    expect((await h.ok('activity', 'officer', { action: 'roster', id })).confirmed).toHaveLength(1)
    // not while the ledger was touched moments ago: the entry of a live sign-up may be on its way
    expect(await h.cloud.fireTimer('activity', 'reconcile')).toMatchObject({ ok: true, data: { repaired: 0 } })
    h.setNow('2026-11-24T02:10:00.000Z')
    expect(await h.cloud.fireTimer('activity', 'reconcile')).toMatchObject({ ok: true, data: { repaired: 1 } })
    const roster = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(roster.confirmed.map((e: { name: string }) => e.name).sort()).toEqual(['会员1', '会员2'])
    // the third finds the activity full: the recovered place still counts
    expect(await signup(people[2], id)).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 1 } })
    expect(await h.cloud.fireTimer('activity', 'reconcile')).toMatchObject({ ok: true, data: { repaired: 0 } })
  })

  it('marks an entry cancelled when its cancel was cut off after the ledger gave the place back', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 1 })
    await signup(people[0], id)
    await h.cloud.db
      .collection(ACTIVITY_COUNTERS)
      .doc(id)
      .update({ data: { 'batches.main.confirmed': 0, [`h.${holderKey(people[0].id)}`]: h.cloud.db.command.remove() } })
    h.setNow('2026-11-24T02:10:00.000Z')
    await h.cloud.fireTimer('activity', 'reconcile')
    expect((await h.ok('activity', 'officer', { action: 'roster', id })).confirmed).toHaveLength(0)
    expect(await signup(people[1], id)).toMatchObject({ ok: true, data: { status: 'confirmed' } })
  })

  it('gives a place held by a cut-off fill to the first on the waitlist', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 1 })
    await signup(people[0], id)
    await signup(people[1], id)
    // a cancel gave the place back and held it for the waitlist, then was cut off
    await h.cloud.db
      .collection(ACTIVITY_COUNTERS)
      .doc(id)
      .update({ data: { [`h.${holderKey(people[0].id)}`]: h.cloud.db.command.remove(), 'batches.main.promoting': 1 } })
    await h.cloud.db
      .collection(SIGNUPS)
      .doc(`${id}:${people[0].id}`)
      .update({ data: { status: 'cancelled' } })
    expect(await signup(people[2], id)).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 2 } })
    h.setNow('2026-11-24T02:10:00.000Z')
    await h.cloud.fireTimer('activity', 'reconcile')
    const roster = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(roster.confirmed.map((e: { name: string }) => e.name)).toEqual(['会员2'])
    expect(roster.waitlisted.map((e: { name: string }) => e.name)).toEqual(['会员3'])
  })

  it('tells a promoted member whose push was cut off, once', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 1 })
    for (const p of people) await signup(p, id)
    for (let i = 0; i < 2; i++) await h.ok('member', 'm2', { action: 'subscribe', templateKey: 'activity', accepted: true })
    // the promotion landed, its push did not: as a cut-off leaves it
    h.cloud.refuseNextSend(-1)
    await h.ok('activity', 'm1', { action: 'cancel', id })
    await h.cloud.db
      .collection(SIGNUPS)
      .doc(`${id}:${people[1].id}`)
      .update({ data: { toldAt: h.cloud.db.command.remove() } })
    expect(h.cloud.outbox).toHaveLength(0)
    h.setNow('2026-11-24T02:10:00.000Z')
    await h.cloud.fireTimer('activity', 'reconcile')
    await h.cloud.fireTimer('activity', 'reconcile')
    expect(h.cloud.outbox.map((o) => [o.touser, o.data.status])).toEqual([['m2', '候补已转正']])
  })
})
