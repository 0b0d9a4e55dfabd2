import type { SupervisorsOutput } from '../../../types/suggestion-desk'
import type { Ctx } from '../../_shared/ctx'
import { officers, supervisorIds } from '../data/supervisors'

/** Officers, each with whether they are 督导员, for the chair's 任命 list. */
export async function supervisors(_input: unknown, ctx: Ctx): Promise<SupervisorsOutput> {
  const roster = await officers(ctx.db)
  const named = new Set(await supervisorIds(ctx.db))
  return { items: roster.map((m) => ({ memberId: m._id, name: m.name, unit: m.unit, supervisor: named.has(m._id) })) }
}
