import { ACTIVITIES, ACTIVITY_COUNTERS } from '../../_shared/collections'
import { collection, getAll, getDoc, txGetDoc, withTransaction, type Database } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { newCounter, withLimits } from '../lib/counter'
import { withoutId, type ActivityDoc, type CounterDoc } from './docs'

const activitiesIn = (db: Database) => collection<ActivityDoc>(db, ACTIVITIES)

export async function loadActivity(db: Database, id: string): Promise<ActivityDoc> {
  const a = await getDoc<ActivityDoc>(db, ACTIVITIES, id)
  if (!a) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
  return a
}

/** Every activity, without its check-in code. */
export const listActivities = (db: Database) => getAll(activitiesIn(db).field({ checkinCode: false }))

/** The activities of these ids, by id (100 ids a query). */
export async function activitiesByIds(db: Database, ids: string[]): Promise<Map<string, ActivityDoc>> {
  const docs = new Map<string, ActivityDoc>()
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = await getAll(activitiesIn(db).where({ _id: db.command.in(ids.slice(i, i + 100)) }))
    for (const a of chunk) docs.set(a._id, a)
  }
  return docs
}

/** Activities that start in [from, to). */
export function activitiesStartingBetween(db: Database, from: string, to: string): Promise<ActivityDoc[]> {
  const _ = db.command
  return getAll(activitiesIn(db).where({ startAt: _.and(_.gte(from), _.lt(to)) }))
}

/** Activities that start at or after since, by _id. */
export const activitiesSince = (db: Database, since: string): Promise<ActivityDoc[]> =>
  getAll(
    activitiesIn(db)
      .where({ startAt: db.command.gte(since) })
      .orderBy('_id', 'asc')
  )

/**
 * The activity and its counter are written together, so no sign-up ever finds one without the other.
 * With an id (from the form's requestId) a repeat finds the first one's activity and answers it as is.
 */
export function insertActivity(db: Database, doc: Omit<ActivityDoc, '_id'>, id?: string): Promise<{ full: ActivityDoc; counter: CounterDoc }> {
  return withTransaction(db, async (tx) => {
    if (id) {
      const [before, counter] = [await txGetDoc<ActivityDoc>(tx, ACTIVITIES, id), await txGetDoc<CounterDoc>(tx, ACTIVITY_COUNTERS, id)]
      if (before && counter) return { full: before, counter }
      await tx.collection(ACTIVITIES).doc(id).set({ data: doc })
    }
    const _id = id ?? (await tx.collection(ACTIVITIES).add({ data: doc }))._id
    const full: ActivityDoc = { ...doc, _id }
    const counter = newCounter(full)
    await tx
      .collection(ACTIVITY_COUNTERS)
      .doc(_id)
      .set({ data: withoutId(counter) })
    return { full, counter }
  })
}

/**
 * Writes the edited activity and its ledger's new limits (same counts) in one transaction, so a
 * sign-up never judges by limits the activity no longer has. Answers the ledger as written.
 */
export function saveActivity(db: Database, id: string, next: ActivityDoc, labelOf: (key: string) => string): Promise<CounterDoc> {
  return withTransaction(db, async (tx) => {
    const c = await txGetDoc<CounterDoc>(tx, ACTIVITY_COUNTERS, id)
    if (!c) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
    const limited = withLimits(c, next, labelOf)
    await tx
      .collection(ACTIVITIES)
      .doc(id)
      .set({ data: withoutId(next) })
    await tx
      .collection(ACTIVITY_COUNTERS)
      .doc(id)
      .set({ data: withoutId(limited) })
    return limited
  })
}
