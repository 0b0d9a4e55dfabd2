import { CARE_HARDSHIP } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { HardshipDoc } from './docs'

export const hardshipIn = (db: Database) => collection<HardshipDoc>(db, CARE_HARDSHIP)
export const loadFile = (db: Database, memberId: string) => getDoc<HardshipDoc>(db, CARE_HARDSHIP, memberId)
export const allFiles = (db: Database) => getAll(hardshipIn(db))
export const fileCount = async (db: Database) => (await hardshipIn(db).count()).total

/** One file per member: false when the member has one already. */
export const insertFile = (db: Database, doc: HardshipDoc) => addIfAbsent(db, CARE_HARDSHIP, doc as unknown as Record<string, unknown> & { _id: string })

export async function updateFile(db: Database, memberId: string, data: Partial<HardshipDoc>): Promise<void> {
  await hardshipIn(db).doc(memberId).update({ data })
}
