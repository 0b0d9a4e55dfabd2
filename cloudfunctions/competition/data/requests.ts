import { COMP_REQUESTS } from '../../_shared/collections'
import { collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { RequestDoc } from './docs'

export const requestsIn = (db: Database) => collection<RequestDoc>(db, COMP_REQUESTS)

export const loadRequest = (db: Database, id: string) => getDoc<RequestDoc>(db, COMP_REQUESTS, id)

/** Writes the request whole (a member asking again after a withdrawn entry starts afresh). */
export async function putRequest(db: Database, doc: RequestDoc): Promise<void> {
  const { _id, ...data } = doc
  await requestsIn(db).doc(_id).set({ data })
}

/** Records the officer's decision; only a request still in `from` changes, so two officers deciding at once settle on one answer. */
export async function decideRequest(db: Database, id: string, from: RequestDoc['status'][], data: Pick<RequestDoc, 'status' | 'decidedBy' | 'decidedAt'> & { reason?: string }): Promise<boolean> {
  const _ = db.command
  const { stats } = await requestsIn(db)
    .where({ _id: id, status: _.in(from) })
    .update({ data: { ...data, reason: data.reason ?? _.remove() } })
  return stats.updated === 1
}

/** An event's requests, for one unit or all. */
export const requestsOfEvent = (db: Database, eventId: string, unit?: string) => getAll(requestsIn(db).where({ eventId, ...(unit ? { unit } : {}) }))
