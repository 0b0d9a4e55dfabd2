import type { CallerRole } from '../../types/common'
import type { Database } from './db'
import { memberByOpenid, type MemberDoc } from './members'

/** bootstrap: an openid in UNION_CHAIR_OPENIDS, checked without the database (member.setup runs before it exists). */
export type Requirement = 'public' | 'guest' | 'bootstrap' | 'member' | 'officer' | 'chair'

const RANK: Record<CallerRole, number> = { none: 0, member: 1, officer: 2, chair: 3 }
const NEED: Record<Exclude<Requirement, 'public' | 'guest' | 'bootstrap'>, number> = { member: 1, officer: 2, chair: 3 }

export function chairOpenids(env: Record<string, string | undefined>): Set<string> {
  return new Set(
    (env.UNION_CHAIR_OPENIDS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  )
}

/** openid → bound member → role. UNION_CHAIR_OPENIDS makes a chair even before the roster exists. */
export async function resolveCaller(openid: string, db: Database, env: Record<string, string | undefined>): Promise<{ member: MemberDoc | null; role: CallerRole }> {
  if (!openid) return { member: null, role: 'none' }
  const member = await memberByOpenid(db, openid)
  let role: CallerRole = member ? member.role : 'none'
  if (chairOpenids(env).has(openid)) role = 'chair'
  return { member, role }
}

export function allows(requirement: Requirement, role: CallerRole): boolean {
  if (requirement === 'public' || requirement === 'guest') return true
  if (requirement === 'bootstrap') return false
  return RANK[role] >= NEED[requirement]
}

export function isAtLeast(role: CallerRole, need: Exclude<CallerRole, 'none'>): boolean {
  return RANK[role] >= RANK[need]
}
