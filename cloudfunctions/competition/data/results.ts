import { COMP_RESULTS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { collection, getAll, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import type { ResultDoc } from './docs'

const resultsIn = (db: Database) => collection<ResultDoc>(db, COMP_RESULTS)

export const loadResults = (ctx: Ctx, where: { eventId: string } | { competitionId: string }): Promise<ResultDoc[]> => getAll(resultsIn(ctx.db).where(where))

export const txLoadResult = (tx: Transaction, id: string) => txGetDoc<ResultDoc>(tx, COMP_RESULTS, id)

export async function txPutResult(tx: Transaction, id: string, doc: Omit<ResultDoc, '_id'>): Promise<void> {
  await tx.collection(COMP_RESULTS).doc(id).set({ data: doc })
}

/** Drops every result of an event (a removed one); answers how many. */
export async function removeResultsOf(db: Database, eventId: string): Promise<number> {
  const { stats } = await resultsIn(db).where({ eventId }).remove()
  return stats.removed
}

export async function txRemoveResult(tx: Transaction, id: string): Promise<void> {
  await tx.collection(COMP_RESULTS).doc(id).remove()
}
