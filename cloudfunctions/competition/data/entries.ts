import { COMP_ENTRIES } from '../../_shared/collections'
import { collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { EntryDoc } from './docs'

export const entriesIn = (db: Database) => collection<EntryDoc>(db, COMP_ENTRIES)

export { loadEntry } from '../../_shared/competition-entry/requests'

/** Whether the entry exists (reads its id only). */
export const hasEntry = async (db: Database, id: string): Promise<boolean> => Boolean(await getDoc(db, COMP_ENTRIES, id, { _id: true }))

export async function putEntry(db: Database, entry: EntryDoc): Promise<void> {
  const { _id, ...data } = entry
  await entriesIn(db).doc(_id).set({ data })
}

export async function removeEntry(db: Database, id: string): Promise<void> {
  await entriesIn(db).doc(id).remove()
}

export const entriesOfEvent = (db: Database, eventId: string) => getAll(entriesIn(db).where({ eventId }))

/** A member's entries, in one competition or in all. */
export const entriesOfMember = (db: Database, memberId: string, competitionId?: string) => getAll(entriesIn(db).where({ memberId, ...(competitionId ? { competitionId } : {}) }))
