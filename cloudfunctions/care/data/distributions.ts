import { CARE_COLLECTS, CARE_DISTRIBUTIONS } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, isDuplicate, updateAndReturn, type Database } from '../../_shared/db'
import type { CollectDoc, DistributionDoc } from './docs'

export const distributionsIn = (db: Database) => collection<DistributionDoc>(db, CARE_DISTRIBUTIONS)
export const collectsIn = (db: Database) => collection<CollectDoc>(db, CARE_COLLECTS)
export const loadDistribution = (db: Database, id: string) => getDoc<DistributionDoc>(db, CARE_DISTRIBUTIONS, id)
export const collectId = (distributionId: string, memberId: string) => `${distributionId}:${memberId}`

const BATCH = 100

/**
 * The distribution and one line per member. Ids are fixed by the distribution, so a retried call
 * (same requestId) adds only the lines a cut-off run did not get to.
 */
export async function insertDistribution(db: Database, doc: DistributionDoc, lines: CollectDoc[]): Promise<void> {
  for (let i = 0; i < lines.length; i += BATCH) await insertLines(db, lines.slice(i, i + BATCH))
  // the distribution last: it is listed only once every line is there
  await addIfAbsent(db, CARE_DISTRIBUTIONS, doc as unknown as Record<string, unknown> & { _id: string })
}

async function insertLines(db: Database, lines: CollectDoc[]): Promise<void> {
  try {
    await collectsIn(db).add({ data: lines })
  } catch (e) {
    if (!isDuplicate(e)) throw e
    for (const l of lines) await addIfAbsent(db, CARE_COLLECTS, l as unknown as Record<string, unknown> & { _id: string })
  }
}

/**
 * Marks one line collected unless it already is: one conditional update of the member's own
 * document, so a hundred members confirming at once never queue behind one another, and a
 * second tap finds it done. Null when the line was already collected (or is not there).
 */
export function markCollected(db: Database, id: string, at: string, markedBy: string): Promise<CollectDoc | null> {
  return updateAndReturn(collectsIn(db).where({ _id: id, collectedAt: db.command.exists(false) }), { collectedAt: at, markedBy })
}

export const loadLine = (db: Database, id: string) => getDoc<CollectDoc>(db, CARE_COLLECTS, id)

export const linesOf = (db: Database, distributionId: string) => getAll(collectsIn(db).where({ distributionId }))

export const linesOfMember = (db: Database, memberId: string) => getAll(collectsIn(db).where({ memberId }))

export async function collectedCount(db: Database, distributionId: string): Promise<number> {
  const { total } = await collectsIn(db)
    .where({ distributionId, collectedAt: db.command.exists(true) })
    .count()
  return total
}
