import { CARE_LEDGERS, CARE_RECORDS, CARE_TASKS } from '../../_shared/collections'
import { collection, getAll, txGetDoc, withTransaction, type Database } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { withinCap } from '../lib/rules'
import type { LedgerDoc, RecordDoc, TaskDoc } from './docs'

export const recordsIn = (db: Database) => collection<RecordDoc>(db, CARE_RECORDS)
export const ledgerId = (memberId: string, year: number, occasion: string) => `${memberId}:${year}:${occasion}`

/** What refusing past the cap says: how much was had, what this would make, and the way round. */
export type CapRefusal = (already: number) => AppError

/**
 * Writes a record and its member's year ledger in one transaction, so two 慰问员 recording for one
 * member at once cannot both slip under the cap (the ledger is one member's, never hot). A record
 * whose id exists (a retried requestId) is answered as it is.
 */
export async function insertRecord(db: Database, doc: RecordDoc, opts: { enforceCap: boolean; refuse: CapRefusal }): Promise<RecordDoc> {
  const lid = ledgerId(doc.memberId, doc.year, doc.occasion)
  return withTransaction(db, async (tx) => {
    const existing = await txGetDoc<RecordDoc>(tx, CARE_RECORDS, doc._id)
    if (existing) return { ...existing, _id: doc._id }
    if (doc.taskId) {
      const task = await txGetDoc<TaskDoc>(tx, CARE_TASKS, doc.taskId)
      if (!task || task.memberId !== doc.memberId) throw new AppError('NOT_FOUND', '找不到这项走访任务')
      if (task.status === 'done') throw new AppError('CONFLICT', '这项走访已经登记过了，请在台账里查看')
    }
    const ledger = await txGetDoc<LedgerDoc>(tx, CARE_LEDGERS, lid)
    const already = ledger?.amount ?? 0
    const amount = doc.amount ?? 0
    if (opts.enforceCap && !withinCap(already, amount, doc.rule.cap)) throw opts.refuse(already)
    const { _id, ...data } = doc
    await tx
      .collection(CARE_LEDGERS)
      .doc(lid)
      .set({ data: { amount: already + amount, count: (ledger?.count ?? 0) + 1 } })
    await tx.collection(CARE_RECORDS).doc(_id).set({ data })
    if (doc.taskId)
      await tx
        .collection(CARE_TASKS)
        .doc(doc.taskId)
        .update({ data: { status: 'done', recordId: _id, doneAt: doc.createdAt } })
    return doc
  })
}

/** A member's ledger for a year, by occasion. */
export async function ledgersOf(db: Database, memberId: string, year: number): Promise<Map<string, LedgerDoc>> {
  const _ = db.command
  const prefix = `${memberId}:${year}:`
  const { data } = await collection<LedgerDoc>(db, CARE_LEDGERS)
    .where({ _id: _.in(['illness', 'birth', 'wedding', 'bereavement', 'retirement', 'hardship', 'festival', 'other'].map((o) => prefix + o)) })
    .limit(20)
    .get()
  return new Map(data.map((d) => [d._id.slice(prefix.length), d]))
}

/** Records of a year (and a member), newest first. */
export function recordsOf(db: Database, where: { year?: number; memberId?: string }): Promise<RecordDoc[]> {
  const cond: Record<string, unknown> = {}
  if (where.year !== undefined) cond.year = where.year
  if (where.memberId) cond.memberId = where.memberId
  return getAll(recordsIn(db).where(cond)).then((rs) => rs.sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date))))
}
