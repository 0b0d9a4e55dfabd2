import type { Activity } from '../../../types/activity'
import { beijingDate } from '../../lib/beijing'

const DAY_MS = 86_400_000

/** YYYY-MM n months from month (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y, m - 1 + n, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * The month's days as calendar dates (YYYY-MM-DD), weeks from Monday: null pads the first week.
 * Calendar dates have no zone, so this is UTC arithmetic on the date alone, whatever the phone's TZ.
 */
export function monthDays(month: string): (string | null)[] {
  const [y, m] = month.split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1, 1))
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const pad = (first.getUTCDay() + 6) % 7
  const days: (string | null)[] = Array.from({ length: pad }, () => null)
  for (let d = 1; d <= count; d++) days.push(`${month}-${String(d).padStart(2, '0')}`)
  return days
}

/** Beijing dates an activity is on: its start day through its end day (a week at most). */
export function daysOf(a: Pick<Activity, 'startAt' | 'endAt'>): string[] {
  const start = Date.parse(a.startAt)
  const end = a.endAt ? Math.min(Date.parse(a.endAt), start + 6 * DAY_MS) : start
  const out = new Set<string>()
  for (let t = start; t <= end; t += DAY_MS) out.add(beijingDate(new Date(t).toISOString()))
  out.add(beijingDate(new Date(end).toISOString()))
  return [...out]
}

/** Activities by the Beijing dates they are on. */
export function byDay(items: Activity[]): Map<string, Activity[]> {
  const out = new Map<string, Activity[]>()
  for (const a of items) for (const d of daysOf(a)) out.set(d, [...(out.get(d) ?? []), a])
  return out
}
