/** A window chosen in words (开始 现在 / 明天 8:00, for 3 / 7 / 14 days), as instants. */
export type Starts = 'now' | 'tomorrow'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** 明天 08:00 Beijing: Beijing is UTC+8 all year, so 08:00 there is 00:00 UTC of the same date. */
const tomorrowEight = (now: number) => (Math.floor((now + 8 * HOUR) / DAY) + 1) * DAY

/** 现在 sends no opensAt: the server's clock starts it, so a phone whose clock runs fast cannot leave it 未开始. */
export function windowOf(starts: Starts, days: number, now: number): { opensAt?: string; closesAt: string } {
  const opens = starts === 'now' ? now : tomorrowEight(now)
  return { ...(starts === 'now' ? {} : { opensAt: new Date(opens).toISOString() }), closesAt: new Date(opens + days * DAY).toISOString() }
}

export const DAYS = [3, 7, 14].map((d) => ({ value: String(d), label: `${d} 天` }))
export const STARTS: { value: Starts; label: string }[] = [
  { value: 'now', label: '现在' },
  { value: 'tomorrow', label: '明天 8:00' }
]
