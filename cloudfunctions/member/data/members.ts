import { MEMBERS } from '../../_shared/collections'
import { getAll, isDuplicate, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'

/** The member whose invite code this is, or null. */
export async function memberByInviteCode(db: Database, inviteCode: string): Promise<MemberDoc | null> {
  const { data } = await membersIn(db).where({ inviteCode }).limit(1).get()
  return data[0] ?? null
}

export const txLoadMember = (tx: Transaction, id: string) => txGetDoc<MemberDoc>(tx, MEMBERS, id)

/** The roster, of one unit or whole. */
export function rosterOf(db: Database, unit?: string): Promise<MemberDoc[]> {
  const where: Record<string, unknown> = {}
  if (unit) where.unit = unit
  return getAll(membersIn(db).where(where))
}

export async function updateMember(db: Database, id: string, data: Record<string, unknown>): Promise<void> {
  await membersIn(db).doc(id).update({ data })
}

/** One more grant of templateKey: one message may be sent for it. */
export async function addGrant(db: Database, id: string, templateKey: string): Promise<void> {
  await membersIn(db)
    .doc(id)
    .update({ data: { grants: { [templateKey]: db.command.inc(1) } } })
}

type Imported = Pick<MemberDoc, '_id' | 'name' | 'unit' | 'inviteCode' | 'importKey'>
const IMPORTED = { name: true, unit: true, inviteCode: true, importKey: true }

/** Every member's name, unit, invite code and import, by _id. */
export const importedRoster = (db: Database) => getAll<Imported>(membersIn(db).field(IMPORTED).orderBy('_id', 'asc'))

/** The members an import (importKey) created, by _id. */
export const createdByImport = (db: Database, importKey: string) => getAll<Imported>(membersIn(db).where({ importKey }).field(IMPORTED).orderBy('_id', 'asc'))

/** Inserts per request: a 500-row import is 5 inserts, well inside the function's timeout. */
const BATCH = 100

/** Inserts new members, BATCH per request. */
export async function insertMembers(db: Database, docs: MemberDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) await insertAll(db, docs.slice(i, i + BATCH))
}

/**
 * One request for the batch. A racing import that made some of them first fails it (MongoDB stops
 * an ordered insert at the first duplicate): look up which exist and insert the rest, again.
 */
async function insertAll(db: Database, docs: MemberDoc[]): Promise<void> {
  const _ = db.command
  for (let rest = docs; rest.length;) {
    try {
      await membersIn(db).add({ data: rest })
      return
    } catch (e) {
      if (!isDuplicate(e)) throw e
    }
    const { data } = await membersIn(db)
      .where({ _id: _.in(rest.map((d) => d._id)) })
      .field({ _id: true })
      .limit(BATCH)
      .get()
    const there = new Set(data.map((d) => d._id))
    rest = rest.filter((d) => !there.has(d._id))
  }
}

/** A new invite code no member holds (a clash is about one in 10^9 per member, but it is checked). */
export async function unusedInviteCode(db: Database, make: () => string): Promise<string> {
  for (;;) {
    const code = make()
    if (!(await memberByInviteCode(db, code))) return code
  }
}
