import { getAll, type Database } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'
import { inAudience, type StoredAudience } from '../../_shared/notice-audience'

/** Deactivated members the audience would include: out of it now, but a reminder says so. */
export async function inactiveInAudience(db: Database, audience: StoredAudience): Promise<Pick<MemberDoc, '_id' | 'name' | 'unit'>[]> {
  const docs = await getAll(
    membersIn(db)
      .where({ inactive: db.command.exists(true) })
      .field({ name: true, unit: true, role: true })
  )
  return docs.filter((m) => inAudience(audience, m))
}
