import type { BallotDoc } from '../data/ballots'
import { getAll, type Database } from '../../_shared/db'
import { isPresent, presentIds } from '../../_shared/meeting-presence'
import { membersIn, type MemberDoc } from '../../_shared/members'

type Who = Pick<MemberDoc, 'unit' | 'inactive'> & { _id?: string; tags?: string[] }
type Scope = Pick<BallotDoc, 'electorate' | 'raterGroups'>

const fits = (m: Who, units: string[] = [], tags: string[] = []) => (units.length === 0 && tags.length === 0) || units.includes(m.unit) || (m.tags ?? []).some((t) => tags.includes(t))

/** Active, and in one of the units or carrying one of the tags (member.tag's field, read when present); everyone when neither is given. */
export function inElectorate(m: Who, e: BallotDoc['electorate']): boolean {
  return !m.inactive && fits(m, e.units, e.tags)
}

/** The member's rater group: the first that fits (a group with no tags and no units takes everyone left), or -1. */
export function groupOf(m: Who, groups: BallotDoc['raterGroups']): number {
  return (groups ?? []).findIndex((g) => fits(m, g.units, g.tags))
}

/**
 * Why a member may not vote, or null when they may. present: for a presentAt ballot, whether they
 * have checked in (read by the caller, since it is a query).
 */
export function whyNot(m: Who | null, s: Scope, present?: boolean): string | null {
  if (!m) return '你还没有绑定会员身份，不能投票'
  if (m.inactive) return '你的会籍已停用，不能投票'
  if (!inElectorate(m, s.electorate)) return s.electorate.presentAt ? '这次表决只请到会的代表参加，你不在其中' : '这次投票只请部分会员参加，你不在其中'
  if (s.electorate.presentAt && !present) return '这次表决只请已在会场签到的代表参加：请先在「教代会」里签到，再回来投票'
  if (s.raterGroups && groupOf(m, s.raterGroups) < 0) return '你不在这次评议的任何评议组中，不参加评议'
  return null
}

/** whyNot, reading the caller's check-in when the ballot is by meeting presence. */
export async function whyNotNow(db: Database, m: (Who & { _id: string }) | null, s: Scope): Promise<string | null> {
  const present = m && s.electorate.presentAt ? await isPresent(db, s.electorate.presentAt, m._id) : undefined
  return whyNot(m, s, present)
}

/**
 * The electorate now: live while the vote is open (a 代表 who checks in late may still vote);
 * close freezes its size into the ballot (eligibleAtClose), so later check-ins change no result.
 */
export async function electorateOf(db: Database, s: Scope): Promise<MemberDoc[]> {
  const [all, present] = await Promise.all([
    getAll(membersIn(db).field({ name: true, unit: true, inactive: true, tags: true }).orderBy('_id', 'asc')),
    s.electorate.presentAt ? presentIds(db, s.electorate.presentAt) : Promise.resolve(null)
  ])
  return all.filter((m) => whyNot(m, s, present ? present.has(m._id) : undefined) === null)
}
