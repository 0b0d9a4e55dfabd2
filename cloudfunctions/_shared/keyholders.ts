import type { KeyholderCandidatesOutput, KeyholderRole } from '../../types/suggestion-draw'
import { SUGGESTION_SUPERVISORS } from './collections'
import { collection, getAll, type Database } from './db'
import { loadMember, membersIn, type MemberDoc } from './members'

export const AUDIT_TAG = '经审委员'

/**
 * Who may hold a draw's second key (the suggestion box's lucky draw, a lottery activity's places):
 * an active 督导员 or 经审委员 other than the caller; the chair holds the first. The 督导员 list is
 * the suggestion function's (it appoints them); this only reads it.
 */
export async function keyholderCandidatesOf(db: Database, callerId?: string): Promise<KeyholderCandidatesOutput> {
  const supervisorIds = (await getAll(collection<{ _id: string }>(db, SUGGESTION_SUPERVISORS).orderBy('_id', 'asc'))).map((d) => d._id)
  const supervisors = (await Promise.all(supervisorIds.map((id) => loadMember(db, id)))).filter((m): m is MemberDoc => Boolean(m))
  const auditors = await getAll(membersIn(db).where({ tags: AUDIT_TAG }).orderBy('_id', 'asc'))
  const seen = new Set<string>()
  const items: KeyholderCandidatesOutput['items'] = []
  const add = (m: MemberDoc, role: KeyholderRole) => {
    if (seen.has(m._id) || m.inactive || m._id === callerId || m.role === 'chair') return
    seen.add(m._id)
    items.push({ memberId: m._id, name: m.name, unit: m.unit, role })
  }
  supervisors.forEach((m) => add(m, '督导员'))
  auditors.forEach((m) => add(m, '经审委员'))
  return { items }
}
