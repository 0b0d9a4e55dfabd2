import { addDays } from '../../_shared/clock'

/** Days after publishing during which the chair may still correct a month's prizes. */
export const CORRECTION_DAYS = 7

export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
export const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** The 1st of the next month (YYYY-MM-DD): a month's awards open once it has closed in Beijing. */
export function awardOpensOn(month: string): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`
}

/** The last day (inclusive) the prizes published on awardedOn may be corrected. */
export const correctableUntil = (awardedOn: string): string => addDays(awardedOn, CORRECTION_DAYS)
