import { NOMINATION_ROUNDS, NOMINATIONS } from '../../_shared/collections'
import { addIfAbsent, getAll, getDoc, type Database } from '../../_shared/db'

/** A 评优 nomination round (collection `nomination_rounds`). */
export interface RoundDoc {
  _id: string
  title: string
  honour: string
  opensAt: string
  closesAt: string
  ballotId?: string
  createdAt: string
}

/** One per (round, nominator, nominee), `<roundId>:<byId>:<nomineeId>`: named, so the chair can ask the nominator for more. */
export interface NominationDoc {
  _id: string
  roundId: string
  nomineeId: string
  nomineeName: string
  nomineeUnit: string
  byId: string
  byName: string
  reason: string
  at: string
}

export const loadRound = (db: Database, id: string) => getDoc<RoundDoc>(db, NOMINATION_ROUNDS, id)
export const insertRound = (db: Database, doc: RoundDoc) => addIfAbsent(db, NOMINATION_ROUNDS, doc as unknown as RoundDoc & Record<string, unknown>)
export const allRounds = (db: Database) => getAll(db.collection<RoundDoc>(NOMINATION_ROUNDS).orderBy('closesAt', 'desc'))
export const setRoundBallot = (db: Database, id: string, ballotId: string) => db.collection(NOMINATION_ROUNDS).doc(id).update({ data: { ballotId } })

/** A second nomination of the same colleague by the same member replaces its reason. */
export async function putNomination(db: Database, doc: NominationDoc): Promise<boolean> {
  if (await addIfAbsent(db, NOMINATIONS, doc as unknown as NominationDoc & Record<string, unknown>)) return false
  await db
    .collection(NOMINATIONS)
    .doc(doc._id)
    .update({ data: { reason: doc.reason, at: doc.at } })
  return true
}

export const nominationsOf = (db: Database, roundId: string) => getAll(db.collection<NominationDoc>(NOMINATIONS).where({ roundId }).orderBy('_id', 'asc'))

export const nominationsBy = (db: Database, roundId: string, byId: string) => getAll(db.collection<NominationDoc>(NOMINATIONS).where({ roundId, byId }).orderBy('at', 'asc'))

/** True when there was one to remove: the id is the caller's own (round, nominator, nominee), so no one withdraws another's. */
export async function removeNomination(db: Database, id: string): Promise<boolean> {
  const { stats } = await db.collection(NOMINATIONS).where({ _id: id }).remove()
  return stats.removed > 0
}
