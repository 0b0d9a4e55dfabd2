import { COMP_BONUSES } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { BonusDoc } from './docs'

export const bonusesIn = (db: Database) => collection<BonusDoc>(db, COMP_BONUSES)

export const loadBonus = (db: Database, id: string) => getDoc<BonusDoc>(db, COMP_BONUSES, id)

/** Adds the bonus unless one with its id exists: false for a double tap or a retry. */
export const addBonus = (db: Database, doc: BonusDoc) => addIfAbsent(db, COMP_BONUSES, { ...doc })

export async function updateBonus(db: Database, id: string, data: Pick<BonusDoc, 'unit' | 'points' | 'reason' | 'by' | 'updatedAt'>): Promise<void> {
  await bonusesIn(db).doc(id).update({ data })
}

/** Marks it removed (see BonusDoc.removedAt); true if it was there to remove. */
export async function deleteBonus(db: Database, id: string, at: string): Promise<boolean> {
  const { stats } = await bonusesIn(db)
    .where({ _id: id, removedAt: db.command.exists(false) })
    .update({ data: { removedAt: at } })
  return stats.updated === 1
}

const collator = new Intl.Collator('zh-CN')

/** A competition's standing bonuses, in the order given (units alphabetically within one instant). */
export const bonusesOf = async (db: Database, competitionId: string) =>
  (await getAll(bonusesIn(db).where({ competitionId }).orderBy('at', 'asc'))).filter((b) => !b.removedAt).sort((a, b) => a.at.localeCompare(b.at) || collator.compare(a.unit, b.unit))
