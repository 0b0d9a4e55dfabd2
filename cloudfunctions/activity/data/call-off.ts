import { ACTIVITIES, ACTIVITY_COUNTERS, SIGNUPS } from '../../_shared/collections'
import { collection, getAll, txGetDoc, withTransaction, type Database } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { ActivityDoc, CounterDoc, SignupDoc } from './docs'

/** Marks the activity called off, once: false when it already was (a repeat keeps the first reason). */
export async function markCalledOff(db: Database, id: string, cancelled: NonNullable<ActivityDoc['cancelled']>): Promise<boolean> {
  const { stats } = await collection<ActivityDoc>(db, ACTIVITIES)
    .where({ _id: id, cancelled: db.command.exists(false) })
    .update({ data: { cancelled, updatedAt: cancelled.at } })
  return stats.updated === 1
}

/** Everyone still signed up who has not been told of the call-off. */
export const untoldOfCallOff = (db: Database, activityId: string) =>
  getAll(
    collection<SignupDoc>(db, SIGNUPS)
      .where({ activityId, status: db.command.in(['confirmed', 'offered', 'waitlisted', 'entered']), calledOffToldAt: db.command.exists(false) })
      .orderBy('seq', 'asc')
  )

/** Marks an entry told of the call-off, once: false when an earlier (cut-off) call already did. */
export async function markToldOfCallOff(db: Database, id: string, now: string): Promise<boolean> {
  const { stats } = await collection<SignupDoc>(db, SIGNUPS)
    .where({ _id: id, calledOffToldAt: db.command.exists(false) })
    .update({ data: { calledOffToldAt: now } })
  return stats.updated === 1
}

/**
 * Deletes the activity and its ledger in one transaction, only while the ledger holds nobody: a
 * sign-up landing meanwhile changes the ledger, so the transaction conflicts instead of deleting it.
 */
export function deleteUnused(db: Database, id: string): Promise<void> {
  return withTransaction(db, async (tx) => {
    const c = await txGetDoc<CounterDoc>(tx, ACTIVITY_COUNTERS, id)
    if (!c) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
    const held = Object.keys(c.h ?? {}).length + Object.values(c.batches).reduce((n, b) => n + b.confirmed + b.waitlisted, 0)
    if (held) throw new AppError('CONFLICT', '已有人报名，不能删除；请改用“取消活动”，并通知已报名的人')
    await tx.collection(ACTIVITIES).doc(id).remove()
    await tx.collection(ACTIVITY_COUNTERS).doc(id).remove()
  })
}

/** The entries left by sign-ups that were all cancelled. */
export async function removeSignupsOf(db: Database, activityId: string): Promise<void> {
  await collection<SignupDoc>(db, SIGNUPS).where({ activityId }).remove()
}
