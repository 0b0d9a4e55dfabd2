import type { Database } from '../../_shared/db'
import { getAll, getDoc } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { CounterDoc } from '../lib/counter'
import type { ActivityDoc, SignupDoc } from '../lib/docs'

export const ACTIVITIES = 'activities'
export const COUNTERS = 'activity_counters'
export const SIGNUPS = 'signups'

export async function loadActivity(db: Database, id: string): Promise<ActivityDoc> {
  const a = await getDoc<ActivityDoc>(db, ACTIVITIES, id)
  if (!a) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
  return a
}

export const loadCounter = (db: Database, id: string) => getDoc<CounterDoc>(db, COUNTERS, id)

/** Counters of many activities at once, by activity id. */
export async function loadCounters(db: Database, ids: string[]): Promise<Map<string, CounterDoc>> {
  const out = new Map<string, CounterDoc>()
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    const docs = await getAll<CounterDoc>(db.collection(COUNTERS).where({ _id: db.command.in(chunk) }))
    for (const d of docs) out.set(d._id, d)
  }
  return out
}

/** 1 for the first on the batch's waitlist: everyone still waiting who signed up earlier, plus one. */
export async function waitlistPosition(db: Database, s: SignupDoc): Promise<number> {
  const { total } = await db
    .collection(SIGNUPS)
    .where({ activityId: s.activityId, batch: s.batch, status: 'waitlisted', seq: db.command.lt(s.seq) })
    .count()
  return total + 1
}

/** Everyone still signed up (confirmed or waitlisted), in sign-up order. */
export const activeSignups = (db: Database, activityId: string) =>
  getAll<SignupDoc>(
    db
      .collection(SIGNUPS)
      .where({ activityId, status: db.command.in(['confirmed', 'waitlisted']) })
      .orderBy('seq', 'asc')
  )
