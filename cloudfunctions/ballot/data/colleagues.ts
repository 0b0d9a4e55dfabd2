import { getAll, type Database } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'

/** The roster as a member may see it for 评优: only these fields are read, so nothing else can leak. */
export const activeColleagues = async (db: Database): Promise<Pick<MemberDoc, '_id' | 'name' | 'unit'>[]> =>
  (await getAll(membersIn(db).field({ _id: true, name: true, unit: true, inactive: true }).orderBy('_id', 'asc'))).filter((m) => !m.inactive)
