import type { SupervisorsOutput } from '../../../types/suggestion-desk'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import type { MemberDoc } from '../../_shared/members'
import { SUPERVISORS } from '../lib/model'

/** Officers, each with whether they are 督导员, for the chair's 任命 list. */
export async function supervisors(_input: unknown, ctx: Ctx): Promise<SupervisorsOutput> {
  const officers = await getAll<MemberDoc>(ctx.db.collection('members').where({ role: 'officer' }).orderBy('_id', 'asc'))
  const named = new Set((await getAll<{ _id: string }>(ctx.db.collection(SUPERVISORS).orderBy('_id', 'asc'))).map((d) => d._id))
  return { items: officers.map((m) => ({ memberId: m._id, name: m.name, unit: m.unit, supervisor: named.has(m._id) })) }
}
