import type { NomineesInput, NomineesOutput } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { activeColleagues } from '../data/colleagues'

/** Enough for one phone screen; a longer list asks for a narrower search. */
const MAX = 50

/** 评优: a member finds a colleague to nominate by name or unit. Name and unit only, never oneself. */
export async function nominees(input: NomineesInput, ctx: Ctx): Promise<NomineesOutput> {
  const me = requireMember(ctx)
  const all = await activeColleagues(ctx.db)
  const units = [...new Set(all.map((m) => m.unit))].sort((a, b) => a.localeCompare(b, 'zh'))
  const q = input.q ?? ''
  const hits = all
    .filter((m) => m._id !== me._id && (!input.unit || m.unit === input.unit) && m.name.includes(q))
    .sort((a, b) => a.unit.localeCompare(b.unit, 'zh') || a.name.localeCompare(b.name, 'zh'))
  return { items: hits.slice(0, MAX).map((m) => ({ id: m._id, name: m.name, unit: m.unit })), units, more: hits.length > MAX }
}
