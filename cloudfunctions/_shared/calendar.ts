import { LunarMonth, LunarYear, Solar } from 'lunar-javascript'

/**
 * Calendar rules as functions of plain dates (YYYY-MM-DD, already a Shanghai day): no clock, no TZ.
 * Lunar dates come from lunar-javascript, a maintained library, never from hand-written tables.
 */
export interface LunarDay {
  year: number
  month: number
  day: number
  leap: boolean
  /** 29 or 30: the length of this lunar month */
  monthDays: number
  /** the leap month of this lunar year, 0 when none */
  yearLeapMonth: number
}

export interface DayInfo {
  date: string
  year: number
  month: number
  day: number
  lunar: LunarDay
}

const parse = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number]

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

export function lunarOf(date: string): LunarDay {
  const [y, m, d] = parse(date)
  const l = Solar.fromYmd(y, m, d).getLunar()
  const signed = l.getMonth()
  return {
    year: l.getYear(),
    month: Math.abs(signed),
    day: l.getDay(),
    leap: signed < 0,
    monthDays: LunarMonth.fromYm(l.getYear(), signed).getDayCount(),
    yearLeapMonth: LunarYear.fromYear(l.getYear()).getLeapMonth()
  }
}

/** Everything the rules ask of one day, computed once per day rather than once per member. */
export function dayInfo(date: string): DayInfo {
  const [year, month, day] = parse(date)
  return { date, year, month, day, lunar: lunarOf(date) }
}

/** A solar anniversary of `origin` (YYYY-MM-DD): 29 Feb is kept on 28 Feb in common years. */
export function isSolarAnniversary(origin: string, d: DayInfo): boolean {
  const [, m, day] = parse(origin)
  if (m === 2 && day === 29 && !isLeapYear(d.year)) return d.month === 2 && d.day === 28
  return d.month === m && d.day === day
}

export interface LunarDate {
  month: number
  day: number
  leap?: boolean
}

/**
 * A lunar anniversary: a 30th falls on the 29th in a short month; a leap-month date falls in the
 * same-numbered regular month in years without that leap month; a regular-month date is kept in
 * the regular month only, never again in a leap month of the same number.
 */
export function isLunarAnniversary(b: LunarDate, d: DayInfo): boolean {
  const l = d.lunar
  const wantLeap = Boolean(b.leap) && l.yearLeapMonth === b.month
  if (l.month !== b.month || l.leap !== wantLeap) return false
  return l.day === Math.min(b.day, l.monthDays)
}

/** A fixed lunar holiday (正月初一, 八月十五 …): regular months only. */
export const isLunarDay = (month: number, day: number, d: DayInfo): boolean => !d.lunar.leap && d.lunar.month === month && d.lunar.day === day

export const isSolarDay = (month: number, day: number, d: DayInfo): boolean => d.month === month && d.day === day

/** Whole years from origin (YYYY-MM-DD) to the day d, by the solar anniversary. */
export function yearsSince(origin: string, d: DayInfo): number {
  const [y, m, day] = parse(origin)
  const passed = d.month > m || (d.month === m && d.day >= day) || isSolarAnniversary(origin, d)
  return d.year - y - (passed ? 0 : 1)
}
