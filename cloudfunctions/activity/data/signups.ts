import { SIGNUPS } from '../../_shared/collections'
import { collection, getAll, getDoc, type Database } from '../../_shared/db'
import { withoutId, type SignupDoc } from './docs'

/** One entry per member per activity, id `<activityId>:<memberId>` (signupId). */
const signupsIn = (db: Database) => collection<SignupDoc>(db, SIGNUPS)

export const loadSignup = (db: Database, id: string) => getDoc<SignupDoc>(db, SIGNUPS, id)

/** Writes the whole entry (a sign-up, or one rebuilt after a cut-off). */
export async function putSignup(db: Database, entry: SignupDoc): Promise<void> {
  await signupsIn(db)
    .doc(entry._id)
    .set({ data: withoutId(entry) })
}

export async function updateSignup(db: Database, id: string, data: Record<string, unknown>): Promise<void> {
  await signupsIn(db).doc(id).update({ data })
}

/** 1 for the first on the batch's waitlist: everyone still waiting who signed up earlier, plus one. */
export async function waitlistPosition(db: Database, s: SignupDoc): Promise<number> {
  const { total } = await signupsIn(db)
    .where({ activityId: s.activityId, batch: s.batch, status: 'waitlisted', seq: db.command.lt(s.seq) })
    .count()
  return total + 1
}

/** Everyone still signed up (confirmed, offered a place, or waitlisted), in sign-up order. */
export const activeSignups = (db: Database, activityId: string) =>
  getAll(
    signupsIn(db)
      .where({ activityId, status: db.command.in(['confirmed', 'offered', 'waitlisted']) })
      .orderBy('seq', 'asc')
  )

/** A member's entries, cancelled ones left out. */
export const signupsOfMember = (db: Database, memberId: string) => getAll(signupsIn(db).where({ memberId, status: db.command.neq('cancelled') }))

const PAGE = 20
export const WAITLIST_PAGE = PAGE

/** The entries of these members still waiting, in the order given (a lottery's draw order). */
export async function waitingInOrder(db: Database, activityId: string, memberIds: string[]): Promise<SignupDoc[]> {
  if (!memberIds.length) return []
  const { data } = await signupsIn(db)
    .where({ _id: db.command.in(memberIds.map((m) => `${activityId}:${m}`)), status: 'waitlisted' })
    .get()
  const at = new Map(memberIds.map((m, i) => [m, i]))
  return data.sort((x, y) => (at.get(x.memberId) ?? 0) - (at.get(y.memberId) ?? 0))
}

/** The head of a batch's waitlist in seq order (entries: one may lag its promotion in the ledger). */
export async function waitlistHead(db: Database, activityId: string, batch: string, afterSeq = 0): Promise<SignupDoc[]> {
  const { data } = await signupsIn(db)
    .where({ activityId, batch, status: 'waitlisted', seq: db.command.gt(afterSeq) })
    .orderBy('seq', 'asc')
    .limit(PAGE)
    .get()
  return data
}

/** Confirms an entry moved up, only while it still waits: false when a cancel landed in between. */
export async function confirmWaitlisted(db: Database, id: string, now: string, offerExpiresAt?: string): Promise<boolean> {
  // with a deadline the place is offered: held for them until they confirm or it passes on
  const data = offerExpiresAt ? { status: 'offered', promotedAt: now, offerExpiresAt } : { status: 'confirmed', promotedAt: now }
  const moved = await signupsIn(db).where({ _id: id, status: 'waitlisted' }).update({ data })
  return Boolean(moved.stats.updated)
}

/** Marks a promoted entry told, once: false when someone else already did. */
export async function markTold(db: Database, id: string, now: string): Promise<boolean> {
  const { stats } = await signupsIn(db)
    .where({ _id: id, toldAt: db.command.exists(false) })
    .update({ data: { toldAt: now } })
  return Boolean(stats.updated)
}

/** Confirmed entries of an activity not yet reminded. */
export const unremindedSignups = (db: Database, activityId: string) => getAll(signupsIn(db).where({ activityId, status: 'confirmed', remindedAt: db.command.exists(false) }))

/** Marks an entry reminded, once: false when an overlapping run already did. */
export async function markReminded(db: Database, id: string, now: string): Promise<boolean> {
  const _ = db.command
  const { stats } = await signupsIn(db)
    .where({ _id: id, remindedAt: _.exists(false) })
    .update({ data: { remindedAt: now } })
  return stats.updated === 1
}

/** Promoted, but the push was cut off before it went. */
export const untoldPromotions = (db: Database, activityId: string) =>
  getAll(
    signupsIn(db)
      .where({ activityId, status: db.command.in(['confirmed', 'offered']), promotedAt: db.command.exists(true), toldAt: db.command.exists(false) })
      .orderBy('_id', 'asc')
  )

/** Offers whose deadline has passed, oldest first. */
export const expiredOffers = (db: Database, now: string) =>
  getAll(
    signupsIn(db)
      .where({ status: 'offered', offerExpiresAt: db.command.lte(now) })
      .orderBy('offerExpiresAt', 'asc')
  )

/** Moves an entry on from the status it had as read: false when another call already did. */
export async function moveOn(db: Database, id: string, from: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<boolean> {
  const { stats } = await signupsIn(db)
    .where({ _id: id, status: from, ...extra })
    .update({ data })
  return stats.updated === 1
}
