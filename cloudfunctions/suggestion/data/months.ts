import { SUGGESTION_MONTHS } from '../../_shared/collections'
import { collection, getDoc, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import type { DrawInfo } from '../../../types/suggestion-draw'
import type { MonthDoc } from './docs'

const monthsIn = (db: Database) => collection<MonthDoc>(db, SUGGESTION_MONTHS)

/** A month's awards and draw (_id = YYYY-MM), or null before either. */
export const loadMonth = (db: Database, month: string) => getDoc<MonthDoc>(db, SUGGESTION_MONTHS, month)

export async function updateMonth(db: Database, month: string, data: Partial<MonthDoc>): Promise<void> {
  await monthsIn(db).doc(month).update({ data })
}

export const txLoadMonth = (tx: Transaction, month: string) => txGetDoc<MonthDoc>(tx, SUGGESTION_MONTHS, month)

/** Creates the month's document. */
export async function txSetMonth(tx: Transaction, month: string, data: Omit<MonthDoc, '_id'>): Promise<void> {
  await tx.collection(SUGGESTION_MONTHS).doc(month).set({ data })
}

export async function txUpdateMonth(tx: Transaction, month: string, data: Partial<MonthDoc>): Promise<void> {
  await tx.collection(SUGGESTION_MONTHS).doc(month).update({ data })
}

/** Replaces the month's draw whole: a plain object in update() merges field by field and would keep a stale keyholder. */
export async function txReplaceDraw(tx: Transaction, db: Database, month: string, draw: DrawInfo): Promise<void> {
  await tx
    .collection(SUGGESTION_MONTHS)
    .doc(month)
    .update({ data: { draw: db.command.set(draw) } })
}
