import { getAll, type Database } from '../../_shared/db'
import { holderKey } from '../../_shared/holder-key'
import { membersIn, type MemberDoc } from '../../_shared/members'

/** Members by their ledger key (a hash of the id, so the roster is read once and hashed). */
export async function membersByKey(db: Database): Promise<Map<string, MemberDoc>> {
  const roster = await getAll(membersIn(db).field({ name: true, unit: true }).orderBy('_id', 'asc'))
  return new Map(roster.map((m) => [holderKey(m._id), m]))
}
