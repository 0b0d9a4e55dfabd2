import { CARE_TASKS } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { TaskDoc } from './docs'

export const tasksIn = (db: Database) => collection<TaskDoc>(db, CARE_TASKS)
export const loadTask = (db: Database, id: string) => getDoc<TaskDoc>(db, CARE_TASKS, id)

/** Inserts unless the id exists (a retried report); answers the stored task. */
export async function insertTask(db: Database, doc: TaskDoc): Promise<TaskDoc> {
  if (await addIfAbsent(db, CARE_TASKS, doc as unknown as Record<string, unknown> & { _id: string })) return doc
  return (await loadTask(db, doc._id)) ?? doc
}

export function tasksWith(db: Database, status?: 'open' | 'done'): Promise<TaskDoc[]> {
  return getAll(tasksIn(db).where(status ? { status } : {}))
}
