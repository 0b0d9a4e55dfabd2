import { holderKey } from '../../_shared/holder-key'
import type { Command, Database } from '../../_shared/db'
import { unitKey, type CounterDoc } from '../data/docs'

export { holderKey }

/** The limits a conditional update judges by: the activity's, which the ledger holds too. */
export type Limits = Pick<CounterDoc, 'batches' | 'quotas'>

const holder = (memberId: string) => `h.${holderKey(memberId)}`
const guests = (memberId: string) => `g.${holderKey(memberId)}`

/** Below this, `size` more places still fit under `limit`: x + size <= limit. */
const roomUnder = (_: Command, limit: number, size: number) => _.lt(limit - size + 1)

/**
 * Where a member of unit may take a place in batch: the batch under its capacity, the unit under
 * its quota, the member not yet holding a place, and the ledger judging by the same limits the
 * caller read (an edit in between makes the update match nothing, and the caller reads again).
 */
export function roomFor(_: Command, id: string, limits: Limits, batch: string, unit: string, memberId?: string, size = 1): Record<string, unknown> {
  const cap = limits.batches[batch]?.capacity ?? null
  const uk = unitKey(unit)
  const q = limits.quotas[uk]
  const where: Record<string, unknown> = { _id: id, [`batches.${batch}.capacity`]: cap }
  // a member with companions needs all their places at once: the group comes together or waits
  if (cap !== null) where[`batches.${batch}.confirmed`] = roomUnder(_, cap, size)
  if (q !== undefined) Object.assign(where, { [`quotas.${uk}`]: q, [`units.${uk}`]: roomUnder(_, q, size) })
  else where[`quotas.${uk}`] = _.exists(false)
  if (memberId) where[holder(memberId)] = _.exists(false)
  return where
}

/** Companions held with a member: recorded only when there are some, so a plain ledger stays as it was. */
const withGuests = (memberId: string, size: number) => (size > 1 ? { [guests(memberId)]: size - 1 } : {})

/** Takes a confirmed place (and a turn) for a member not yet in the ledger, with their companions' places. */
export const takePlace = (_: Command, batch: string, unit: string, memberId: string, size = 1) => ({
  [`batches.${batch}.confirmed`]: _.inc(size),
  [`units.${unitKey(unit)}`]: _.inc(size),
  nextSeq: _.inc(1),
  [holder(memberId)]: 'c',
  ...withGuests(memberId, size)
})

/** Joins the end of the waitlist: read back, the count is the member's position and nextSeq their turn. */
export const joinWaitlist = (_: Command, batch: string, memberId: string, size = 1) => ({
  [`batches.${batch}.waitlisted`]: _.inc(1),
  nextSeq: _.inc(1),
  [holder(memberId)]: 'w',
  ...withGuests(memberId, size)
})

export const notHolding = (_: Command, id: string, memberId: string) => ({ _id: id, [holder(memberId)]: _.exists(false) })

export const holding = (id: string, memberId: string, s: 'c' | 'w') => ({ _id: id, [holder(memberId)]: s })

/** Gives a place (with the companions' places, size in all) or a waitlist spot back. */
export const leave = (_: Command, batch: string, unit: string, memberId: string, s: 'c' | 'w', size = 1) => {
  const g = size > 1 ? { [guests(memberId)]: _.remove() } : {}
  return s === 'c'
    ? { [`batches.${batch}.confirmed`]: _.inc(-size), [`units.${unitKey(unit)}`]: _.inc(-size), [holder(memberId)]: _.remove(), ...g }
    : { [`batches.${batch}.waitlisted`]: _.inc(-1), [holder(memberId)]: _.remove(), ...g }
}

/** Where the places of the companions of a member moving up may be held too: size - 1 more under the capacity. */
export function roomForGuests(_: Command, id: string, limits: Limits, batch: string, more: number): Record<string, unknown> {
  const cap = limits.batches[batch]?.capacity ?? null
  const where: Record<string, unknown> = { _id: id, [`batches.${batch}.capacity`]: cap }
  if (cap !== null) where[`batches.${batch}.confirmed`] = roomUnder(_, cap, more)
  return where
}

/**
 * A free place held for whoever is first on the waitlist, before choosing them: the count of
 * places held so (promoting) tells each of several concurrent fills which of the first waiting
 * to try first, and no fill can lose its place to another between choosing and moving them up.
 */
export const reservePlace = (_: Command, batch: string) => ({
  [`batches.${batch}.confirmed`]: _.inc(1),
  [`batches.${batch}.promoting`]: _.inc(1)
})

/**
 * Stamped on every write of the ledger (the server's clock): the reconcile timer repairs only a
 * ledger nobody has touched for longer than any function runs, so it never races a live call.
 */
export const touched = (db: Pick<Database, 'serverDate'>) => ({ touchedAt: db.serverDate() })

/** Where a place may be held for the waitlist: room in the batch by the limits read, and someone waiting. */
export function roomToPromote(_: Command, id: string, limits: Limits, batch: string): Record<string, unknown> {
  const cap = limits.batches[batch]?.capacity ?? null
  const where: Record<string, unknown> = { _id: id, [`batches.${batch}.capacity`]: cap, [`batches.${batch}.waitlisted`]: _.gt(0) }
  if (cap !== null) where[`batches.${batch}.confirmed`] = _.lt(cap)
  return where
}

/** Gives a held place back: nobody on the waitlist could take it. */
export const releaseReserved = (_: Command, batch: string, n = 1) => ({ [`batches.${batch}.confirmed`]: _.inc(-n), [`batches.${batch}.promoting`]: _.inc(-n) })

/** Where a waitlisted member of unit may take a held place: still waiting, and their unit under its quota. */
export function canTakeHeld(_: Command, id: string, limits: Limits, unit: string, memberId: string, size = 1): Record<string, unknown> {
  const uk = unitKey(unit)
  const q = limits.quotas[uk]
  const where: Record<string, unknown> = { _id: id, [holder(memberId)]: 'w' }
  if (q !== undefined) Object.assign(where, { [`quotas.${uk}`]: q, [`units.${uk}`]: roomUnder(_, q, size) })
  else where[`quotas.${uk}`] = _.exists(false)
  return where
}

/** Moves a waitlisted member into the place held for them. */
export const takeHeld = (_: Command, batch: string, unit: string, memberId: string, size = 1) => ({
  [`batches.${batch}.waitlisted`]: _.inc(-1),
  [`batches.${batch}.promoting`]: _.inc(-size),
  [`units.${unitKey(unit)}`]: _.inc(size),
  [holder(memberId)]: 'c'
})
