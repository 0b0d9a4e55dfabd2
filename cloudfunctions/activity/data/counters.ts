import type { Ctx } from '../../_shared/ctx'
import { ACTIVITY_COUNTERS } from '../../_shared/collections'
import { collection, getAll, getDoc, updateAndReturn, type Database } from '../../_shared/db'
import {
  canTakeHeld,
  holderKey,
  holding,
  joinWaitlist,
  leave,
  notHolding,
  releaseReserved,
  reservePlace,
  roomFor,
  roomForGuests,
  roomToPromote,
  takeHeld,
  takePlace,
  touched,
  type Limits
} from '../lib/ledger'
import type { CounterDoc } from './docs'

/** The ledger of places, one per activity (CounterDoc): every write is one conditional update (lib/ledger.ts). */
const countersIn = (db: Database) => collection<CounterDoc>(db, ACTIVITY_COUNTERS)

export const loadCounter = (db: Database, id: string) => getDoc<CounterDoc>(db, ACTIVITY_COUNTERS, id)

/** Counters of many activities at once, by activity id. */
export async function loadCounters(db: Database, ids: string[]): Promise<Map<string, CounterDoc>> {
  const out = new Map<string, CounterDoc>()
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    const docs = await getAll(countersIn(db).where({ _id: db.command.in(chunk) }))
    for (const d of docs) out.set(d._id, d)
  }
  return out
}

/** The ledger's counts and limits without its holders (which grow with the sign-ups). */
export const loadLimits = (db: Database, activityId: string) => getDoc<CounterDoc>(db, ACTIVITY_COUNTERS, activityId, { batches: true, quotas: true, units: true })

/** A confirmed place (and a turn) for a member not yet in the ledger: the ledger after it, or null for no room. */
export const takeConfirmedPlace = (db: Database, id: string, limits: Limits, batch: string, unit: string, memberId: string, size = 1) =>
  updateAndReturn(countersIn(db).where(roomFor(db.command, id, limits, batch, unit, memberId, size)), { ...takePlace(db.command, batch, unit, memberId, size), ...touched(db) })

/** The end of the waitlist for a member not yet in the ledger: the ledger after it, or null when they hold a place. */
export const takeWaitlistSpot = (db: Database, id: string, batch: string, memberId: string, size = 1) =>
  updateAndReturn(countersIn(db).where(notHolding(db.command, id, memberId)), { ...joinWaitlist(db.command, batch, memberId, size), ...touched(db) })

/**
 * Gives back what the member holds as s (c: a place, w: a waitlist spot): false when they hold no such thing.
 * size is what the ledger records for them (guestsOf), never what an entry says: a rebuilt entry lost its answers.
 */
export async function giveBack(db: Database, id: string, batch: string, unit: string, memberId: string, s: 'c' | 'w', size = 1): Promise<boolean> {
  const where = holding(id, memberId, s)
  // the companions as read must still be there, so a place is never given back by the wrong size
  if (size > 1) Object.assign(where, { [`g.${holderKey(memberId)}`]: size - 1 })
  const { stats } = await countersIn(db)
    .where(where)
    .update({ data: { ...leave(db.command, batch, unit, memberId, s, size), ...touched(db) } })
  return Boolean(stats.updated)
}

/** How many places the member holds in the ledger (1 + companions). */
export async function sizeHeld(db: Database, id: string, memberId: string): Promise<number> {
  const c = await getDoc<CounterDoc>(db, ACTIVITY_COUNTERS, id, { [`g.${holderKey(memberId)}`]: true })
  return 1 + (c?.g?.[holderKey(memberId)] ?? 0)
}

/** Holds `more` places besides the one held for a member moving up with companions: the ledger after, or null for no room. */
export const holdForGuests = (db: Database, id: string, limits: Limits, batch: string, more: number) =>
  updateAndReturn(countersIn(db).where(roomForGuests(db.command, id, limits, batch, more)), {
    [`batches.${batch}.confirmed`]: db.command.inc(more),
    [`batches.${batch}.promoting`]: db.command.inc(more),
    ...touched(db)
  })

/** Holds a free place of batch for the head of its waitlist: the ledger after it, or null for no room or nobody waiting. */
export const holdForWaitlist = (db: Database, id: string, limits: Limits, batch: string) =>
  updateAndReturn(countersIn(db).where(roomToPromote(db.command, id, limits, batch)), { ...reservePlace(db.command, batch), ...touched(db) })

/** Gives a held place back: nobody on the waitlist could take it. */
export async function releaseHold(db: Database, id: string, batch: string, n = 1): Promise<void> {
  await countersIn(db)
    .doc(id)
    .update({ data: { ...releaseReserved(db.command, batch, n), ...touched(db) } })
}

/** Moves a waitlisted member into the places held (size of them): false when a concurrent fill moved them up first. */
export async function moveUp(db: Database, held: CounterDoc, batch: string, unit: string, memberId: string, size = 1): Promise<boolean> {
  const { stats } = await countersIn(db)
    .where(canTakeHeld(db.command, held._id, held, unit, memberId, size))
    .update({ data: { ...takeHeld(db.command, batch, unit, memberId, size), ...touched(db) } })
  return stats.updated !== 0
}

/**
 * Writes a lottery's allocation into the ledger in ONE conditional update (only while not yet
 * drawn), so concurrent or repeated drawPlaces calls write it once: answers whether this call did.
 */
export async function writeDraw(
  db: Database,
  id: string,
  batch: string,
  draw: { holders: Record<string, 'c' | 'w'>; guests: Record<string, number>; confirmed: number; waitlisted: number; units: Record<string, number>; nextSeq: number }
): Promise<boolean> {
  const _ = db.command
  const data: Record<string, unknown> = {
    [`batches.${batch}.confirmed`]: draw.confirmed,
    [`batches.${batch}.waitlisted`]: draw.waitlisted,
    nextSeq: draw.nextSeq,
    drawn: true,
    h: _.set(draw.holders),
    g: _.set(draw.guests),
    ...touched(db)
  }
  for (const [u, n] of Object.entries(draw.units)) data[`units.${u}`] = n
  const { stats } = await countersIn(db)
    .where({ _id: id, drawn: _.exists(false) })
    .update({ data })
  return stats.updated === 1
}

/** A fresh turn (seq) for an entry rebuilt after a cut-off: never one another entry has. */
export async function newTurn(ctx: Pick<Ctx, 'db'>, activityId: string): Promise<number> {
  const c = await updateAndReturn(countersIn(ctx.db).where({ _id: activityId }), { nextSeq: ctx.db.command.inc(1), ...touched(ctx.db) })
  if (!c) throw new Error(`no ledger for activity ${activityId}`)
  return c.nextSeq - 1
}

/** Gives back the places a fill cut off had held (promoting), if the ledger is still as read (touchedAt). */
export async function releasePromoting(db: Database, id: string, batch: string, promoting: number, touchedAt: Date | undefined): Promise<void> {
  const _ = db.command
  await countersIn(db)
    .where({ _id: id, [`batches.${batch}.promoting`]: promoting, touchedAt: touchedAt ?? _.exists(false) })
    .update({ data: { [`batches.${batch}.confirmed`]: _.inc(-promoting), [`batches.${batch}.promoting`]: 0, ...touched(db) } })
}
