import type { SuggestionStatus } from '../../types/suggestion'

export { STATUS_LABELS, SUGGESTION_CATEGORIES } from '../../types/suggestion'

/** 2026-11 → 2026年11月 */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** The month before or after YYYY-MM. */
export function shiftMonth(month: string, by: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}

/** 2026-11-24 → 11月24日 */
export const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** Tag colour per status: open items red, settled ones green, rejected grey. */
export const statusTone = (s: SuggestionStatus) => (s === 'done' || s === 'adopted' ? 'ok' : s === 'rejected' ? 'muted' : 'open')

import { beijing, beijingDate, beijingDatePlus } from './beijing'

export { beijingDatePlus, beijingMonth } from './beijing'

/** 认领奖品, with the number filled in when it is known (the claim code is typed, or found on this phone). */
export const claimUrl = (number?: string) => `/pages/suggestion-claim/index${number ? `?number=${encodeURIComponent(number)}` : ''}`

/**
 * When the phone's own suggestion goes on the board, in the words the phone shows: 将于今天17:00公布,
 * 将于明天17:00公布, or 已于17:00公布 once that time is past (the batch goes out at 17:00 Beijing).
 */
export function publishLabel(publishesAt: string, now: number = Date.now()): string {
  if (Date.parse(publishesAt) <= now) return '已随当天 17:00 的批次公布'
  const day = beijingDate(publishesAt)
  const today = beijing(now).date
  const when = day === today ? '今天' : day === beijingDatePlus(1, now) ? '明天' : dayLabel(day)
  return `将于${when}17:00公布`
}
