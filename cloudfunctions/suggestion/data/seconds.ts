import { ANON_ISSUED, SUGGESTION_SECONDS } from '../../_shared/collections'
import { addIfAbsent, getAll, type Database } from '../../_shared/db'
import { issuedId } from '../../_shared/anon/tokens'

/**
 * 附议, counted without a hot document: each spent 附议券 is its own record in `suggestion_seconds`,
 * id = SHA-256 of the token, holding only the number; the count is a count() of them, so any number
 * of simultaneous seconds are all written and all counted. No time, no voter: the id is a hash of a
 * random value and the token is unlinkable to its issuance (blind signature).
 */
export interface SecondDoc {
  _id: string
  number: string
}

/** One signing key per published suggestion: a token under it is good for that number only. */
export const secondPurpose = (number: string) => `second:${number}`

/** True when this call spent the token; false when it was spent before (a repeat 附议). */
export const addSecond = (db: Database, receipt: string, number: string) => addIfAbsent(db, SUGGESTION_SECONDS, { _id: receipt, number })

export const countSeconds = async (db: Database, number: string) => (await db.collection(SUGGESTION_SECONDS).where({ number }).count()).total

/** Of these numbers, those this member already took a 附议券 for (one issuance record per (number, member)). */
export async function takenSeconds(db: Database, numbers: string[], memberId: string): Promise<Set<string>> {
  if (!numbers.length) return new Set()
  const _ = db.command
  const docs = await getAll(
    db
      .collection<{ _id: string; purpose: string }>(ANON_ISSUED)
      .where({ _id: _.in(numbers.map((n) => issuedId(secondPurpose(n), memberId))) })
      .orderBy('_id', 'asc')
      .field({ purpose: true })
  )
  return new Set(docs.map((d) => d.purpose.slice('second:'.length)))
}
