import { createHash } from 'node:crypto'
import type { Rectification } from '../../../types/ballot'
import { BALLOT_RECTIFICATIONS } from '../../_shared/collections'
import { addIfAbsent, getAll, type Database } from '../../_shared/db'

interface RectificationDoc {
  _id: string
  subject: string
  item: string
  ballotId: string
  ballotTitle: string
  at: string
}

const toItem = (d: RectificationDoc): Rectification => ({ id: d._id, subject: d.subject, item: d.item, ballotId: d.ballotId, ballotTitle: d.ballotTitle, at: d.at })

/** Keyed by (ballot, subject, item): the same item recorded twice (a double tap) is stored once. */
export async function addRectificationDoc(db: Database, d: Omit<RectificationDoc, '_id'>): Promise<void> {
  const _id = createHash('sha256')
    .update(JSON.stringify([d.ballotId, d.subject, d.item]))
    .digest('hex')
    .slice(0, 32)
  await addIfAbsent(db, BALLOT_RECTIFICATIONS, { _id, ...d })
}

/** Items recorded against these subjects, oldest first; `except` leaves out one ballot's own. */
export async function rectificationsFor(db: Database, subjects: string[], except?: string): Promise<Rectification[]> {
  if (subjects.length === 0) return []
  const docs = await getAll(
    db
      .collection<RectificationDoc>(BALLOT_RECTIFICATIONS)
      .where({ subject: db.command.in(subjects) })
      .orderBy('at', 'asc')
  )
  return docs.filter((d) => d.ballotId !== except).map(toItem)
}

export async function rectificationsOf(db: Database, ballotId: string): Promise<Rectification[]> {
  return (await getAll(db.collection<RectificationDoc>(BALLOT_RECTIFICATIONS).where({ ballotId }).orderBy('at', 'asc'))).map(toItem)
}
