import type { BallotDoc } from '../data/ballots'
import { getAll, type Database } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'

type Who = Pick<MemberDoc, 'unit' | 'inactive'> & { tags?: string[] }

/** Active, and in one of the units or carrying one of the tags (member.tag's field, read when present); everyone when neither is given. */
export function inElectorate(m: Who, e: BallotDoc['electorate']): boolean {
  if (m.inactive) return false
  const units = e.units ?? []
  const tags = e.tags ?? []
  if (units.length === 0 && tags.length === 0) return true
  return units.includes(m.unit) || (m.tags ?? []).some((t) => tags.includes(t))
}

/** Why a member may not vote, or null when they may. */
export function whyNot(m: Who | null, e: BallotDoc['electorate']): string | null {
  if (!m) return '你还没有绑定会员身份，不能投票'
  if (m.inactive) return '你的会籍已停用，不能投票'
  return inElectorate(m, e) ? null : '这次投票只请部分会员参加，你不在其中'
}

export async function electorateOf(db: Database, e: BallotDoc['electorate']): Promise<MemberDoc[]> {
  const all = await getAll(membersIn(db).field({ name: true, unit: true, inactive: true, tags: true }).orderBy('_id', 'asc'))
  return all.filter((m) => inElectorate(m, e))
}
