import type { MonthRow, UnitRow } from '../../../types/report'
import type { MemberRow, Sources } from '../data/sources'
import { beijingMonth, monthPeriod, onDay, within, type Period } from './period'

const collator = new Intl.Collator('zh-CN')
const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

/** On the roll at the period's end: joined before it ended and not made inactive before then. */
export const onRollAt = (p: Period) => (m: MemberRow) => (m.joinedAt ? m.joinedAt.slice(0, 10) < p.endDay : m.createdAt < p.to) && !(m.inactive && m.inactive.at < p.to)
export const joinedIn = (p: Period) => (m: MemberRow) => (m.joinedAt ? onDay(p, m.joinedAt) : within(p, m.createdAt))

/** The sign-ups (confirmed, made in the period) and check-ins (checked in the period) a period counts. */
export function counted(src: Sources, p: Period) {
  return {
    signups: src.signups.filter((s) => s.status === 'confirmed' && within(p, s.signedUpAt)),
    attended: src.signups.filter((s) => s.attended && within(p, s.attendedAt))
  }
}

/** Members of the roll who took part (a sign-up or a check-in) in the period, by id. */
export function participantsOf(src: Sources, p: Period): Set<string> {
  const { signups, attended } = counted(src, p)
  return new Set([...signups, ...attended].map((s) => s.memberId))
}

/**
 * Each 部门's 人次 and 参与率. A member counts in the unit the roll has them in now (the sign-up's
 * copy of the unit is what it was then); the rate is over the unit's members on the roll at the
 * period's end, so one who left mid-year is in neither side of it.
 */
export function byUnit(src: Sources, p: Period): UnitRow[] {
  const unitOf = new Map(src.members.map((m) => [m._id, m.unit]))
  const rows = new Map<string, UnitRow>()
  const row = (unit: string) => {
    let r = rows.get(unit)
    if (!r) rows.set(unit, (r = { unit, members: 0, joined: 0, left: 0, signups: 0, attended: 0, participants: 0 }))
    return r
  }
  const roll = onRollAt(p)
  const joined = joinedIn(p)
  const took = participantsOf(src, p)
  for (const m of src.members) {
    const r = row(m.unit)
    if (roll(m)) r.members++
    if (joined(m)) r.joined++
    if (within(p, m.inactive?.at)) r.left++
    if (roll(m) && took.has(m._id)) r.participants++
  }
  const { signups, attended } = counted(src, p)
  for (const s of signups) row(unitOf.get(s.memberId) ?? s.unit).signups++
  for (const s of attended) row(unitOf.get(s.memberId) ?? s.unit).attended++
  return [...rows.values()]
    .filter((r) => r.members || r.joined || r.left || r.signups || r.attended)
    .map((r) => (r.members ? { ...r, rate: pct(r.participants, r.members) } : r))
    .sort((a, b) => collator.compare(a.unit, b.unit))
}

/** The whole roll's 参与率 over the period; undefined when no one is on the roll. */
export function participation(src: Sources, p: Period): { participants: number; members: number; rate?: number } {
  const roll = src.members.filter(onRollAt(p))
  const took = participantsOf(src, p)
  const participants = roll.filter((m) => took.has(m._id)).length
  return { participants, members: roll.length, ...(roll.length ? { rate: pct(participants, roll.length) } : {}) }
}

/** 文体活动 by Beijing month: activities held, sign-ups made, attendances checked, and each month's 参与率. */
export function byMonth(src: Sources, p: Period, now: Date): MonthRow[] {
  const nowIso = now.toISOString()
  const held = new Map<string, number>()
  for (const a of src.activities) if (!a.cancelled && a.startAt <= nowIso) held.set(beijingMonth(a.startAt), (held.get(beijingMonth(a.startAt)) ?? 0) + 1)
  return p.months.map((month) => {
    const mp = monthPeriod(month)
    const { signups, attended } = counted(src, mp)
    const { participants, rate } = participation(src, mp)
    return { month, activities: held.get(month) ?? 0, signups: signups.length, attended: attended.length, participants, ...(rate !== undefined ? { rate } : {}) }
  })
}
