import type { KeyholderCandidatesInput, KeyholderCandidatesOutput, KeyholderRole } from '../../../types/suggestion-draw'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { loadMember, membersIn, type MemberDoc } from '../../_shared/members'
import { supervisorIds } from '../data/supervisors'

export const AUDIT_TAG = '经审委员'

/** Who may hold the second key: an active 督导员 or 经审委员 other than the caller (the chair holds the first). */
export async function keyholderCandidates(_input: KeyholderCandidatesInput, ctx: Ctx): Promise<KeyholderCandidatesOutput> {
  const supervisors = (await Promise.all((await supervisorIds(ctx.db)).map((id) => loadMember(ctx.db, id)))).filter((m): m is MemberDoc => Boolean(m))
  const auditors = await getAll(membersIn(ctx.db).where({ tags: AUDIT_TAG }).orderBy('_id', 'asc'))
  const seen = new Set<string>()
  const items: KeyholderCandidatesOutput['items'] = []
  const add = (m: MemberDoc, role: KeyholderRole) => {
    if (seen.has(m._id) || m.inactive || m._id === ctx.member?._id || m.role === 'chair') return
    seen.add(m._id)
    items.push({ memberId: m._id, name: m.name, unit: m.unit, role })
  }
  supervisors.forEach((m) => add(m, '督导员'))
  auditors.forEach((m) => add(m, '经审委员'))
  return { items }
}
