import { SUGGESTIONS } from '../../_shared/collections'
import { collection, getAll, getDoc, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import type { SuggestionDoc } from './docs'

const suggestionsIn = (db: Database) => collection<SuggestionDoc>(db, SUGGESTIONS)

/** By number (the _id). */
export const loadSuggestion = (db: Database, number: string) => getDoc<SuggestionDoc>(db, SUGGESTIONS, number)

/** The suggestions matching where, in number order. */
export const suggestionsWhere = (db: Database, where: Record<string, unknown>) => getAll(suggestionsIn(db).where(where).orderBy('number', 'asc'))

/** A month's numbers, in order. */
export const numbersOfMonth = async (db: Database, month: string): Promise<string[]> =>
  (await getAll(suggestionsIn(db).where({ month }).orderBy('number', 'asc').field({ number: true }))).map((d) => d.number)

export const txLoadSuggestion = (tx: Transaction, number: string) => txGetDoc<SuggestionDoc>(tx, SUGGESTIONS, number)

export async function txSetSuggestion(tx: Transaction, number: string, data: Omit<SuggestionDoc, '_id'>): Promise<void> {
  await tx.collection(SUGGESTIONS).doc(number).set({ data })
}

export async function txUpdateSuggestion(tx: Transaction, number: string, data: Partial<SuggestionDoc>): Promise<void> {
  await tx.collection(SUGGESTIONS).doc(number).update({ data })
}
