import type { NoticeAudience } from '../../types/notice'
import type { MemberDoc } from './members'

/** Who a notice is for: null is everyone; otherwise a member in any listed unit or any listed role, narrowed to the listed tags when given. */
export type StoredAudience = NoticeAudience | null

export type AudienceMember = Pick<MemberDoc, 'unit' | 'role'> & Pick<Partial<MemberDoc>, 'tags'>

/** `{}` and `{ units: undefined }` both mean everyone: store null so there is one spelling. */
export function normaliseAudience(a: NoticeAudience | null | undefined): StoredAudience {
  if (!a) return null
  const out: NoticeAudience = {}
  if (a.units?.length) out.units = [...new Set(a.units)]
  if (a.roles?.length) out.roles = [...new Set(a.roles)]
  if (a.tags?.length) out.tags = [...new Set(a.tags)]
  return out.units || out.roles || out.tags ? out : null
}

export function inAudience(audience: StoredAudience, m: AudienceMember): boolean {
  if (!audience) return true
  // visible tags only: a hidden tag (困难职工) never decides who is addressed
  if (audience.tags && !(m.tags ?? []).some((t) => audience.tags!.includes(t))) return false
  if (!audience.units && !audience.roles) return true
  return Boolean(audience.units?.includes(m.unit) || audience.roles?.includes(m.role))
}

/** Units named by the audience that no member of the roster belongs to. */
export function unknownUnits(audience: StoredAudience, rosterUnits: Iterable<string>): string[] {
  const known = new Set(rosterUnits)
  return (audience?.units ?? []).filter((u) => !known.has(u))
}
