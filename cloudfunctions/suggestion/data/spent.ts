import { SUGGESTION_SPENT } from '../../_shared/collections'
import { addIfAbsent, getDoc, type Database } from '../../_shared/db'

/**
 * A spent submission token (collection `suggestion_spent`, _id = SHA-256 of the token): the number
 * it was spent on, nothing else. The id is a hash of a random value, so sorted by id the records
 * are in no order; the token is unlinkable to its issuance (blind signature).
 */
export interface SpentDoc {
  _id: string
  number: string
}

export const loadSpent = (db: Database, receipt: string) => getDoc<SpentDoc>(db, SUGGESTION_SPENT, receipt)

/** True when this call spent it; false when it was spent before (see loadSpent for on what). */
export const addSpent = (db: Database, receipt: string, number: string) => addIfAbsent(db, SUGGESTION_SPENT, { _id: receipt, number })

export async function moveSpent(db: Database, receipt: string, number: string): Promise<void> {
  await db.collection(SUGGESTION_SPENT).doc(receipt).update({ data: { number } })
}
