/**
 * The one place the client reads time as the union does: Beijing, whatever the phone's zone.
 * China keeps no daylight saving, so a fixed +8 h is exact and needs no Intl time-zone data
 * (absent on some phones' WebViews, where toLocaleString ignores timeZone).
 */
const OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

const pad = (n: number) => String(n).padStart(2, '0')
const shifted = (at: string | number | Date) => new Date((typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime()) + OFFSET_MS)

/** Beijing wall-clock parts of an instant. */
export function beijing(at: string | number | Date) {
  const d = shifted(at)
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    seconds: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    md: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
    weekday: WEEKDAYS[d.getUTCDay()]
  }
}

/** 2026-12-01 09:30 */
export function beijingTime(iso: string): string {
  const b = beijing(iso)
  return `${b.date} ${b.time}`
}

/** 2026-12-01 */
export const beijingDate = (iso: string) => beijing(iso).date

/** 12月1日 09:30 */
export function shortWhen(iso: string): string {
  const b = beijing(iso)
  return `${b.md} ${b.time}`
}

/** The instant of a Beijing date (YYYY-MM-DD) and time (HH:mm). */
export function fromBeijing(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const [h, mi] = time.split(':').map(Number)
  return new Date(Date.UTC(y, m - 1, d, h - 8, mi)).toISOString()
}

/** This month in Beijing, as the server counts it (YYYY-MM). */
export const beijingMonth = (now: number = Date.now()) => beijing(now).date.slice(0, 7)

/** The Beijing date n days from now (YYYY-MM-DD), for quick due-date choices. */
export const beijingDatePlus = (n: number, now: number = Date.now()) => beijing(now + n * DAY_MS).date

/** The weekday of a calendar date (YYYY-MM-DD), which has no zone. */
export const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
