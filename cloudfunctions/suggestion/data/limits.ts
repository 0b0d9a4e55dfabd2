import { SUGGESTION_LIMITS } from '../../_shared/collections'
import { collection, getDoc, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import type { LimitDoc } from './docs'

const limitsIn = (db: Database) => collection<LimitDoc>(db, SUGGESTION_LIMITS)

/** The day's count under key (lib/rate-key.ts), or null before the first submit. */
export const loadLimit = (db: Database, key: string) => getDoc<LimitDoc>(db, SUGGESTION_LIMITS, key)

export const txLoadLimit = (tx: Transaction, key: string) => txGetDoc<LimitDoc>(tx, SUGGESTION_LIMITS, key)

export async function txSetLimit(tx: Transaction, key: string, data: Omit<LimitDoc, '_id'>): Promise<void> {
  await tx.collection(SUGGESTION_LIMITS).doc(key).set({ data })
}

/** Yesterday's counters have done their job; dropping them leaves no per-day trail at all. */
export async function forgetEarlierDays(db: Database, day: string): Promise<void> {
  await limitsIn(db)
    .where({ day: db.command.lt(day) })
    .remove()
}
