import { Lunar } from 'lunar-javascript'
import { dayInfo, isLunarAnniversary, isLunarDay, isSolarAnniversary, lunarOf, yearsSince } from './calendar'

const solarOfLunar = (y: number, m: number, d: number) => Lunar.fromYmd(y, m, d).getSolar().toYmd()

describe('lunar calendar', () => {
  it.each([
    ['2026-09-25', 8, 15, '中秋 2026'],
    ['2027-09-15', 8, 15, '中秋 2027'],
    ['2027-02-06', 1, 1, '春节 2027'],
    ['2026-10-18', 9, 9, '重阳 2026'],
    ['2026-02-17', 1, 1, '春节 2026']
  ])('%s is lunar %i/%i (%s)', (date, month, day) => {
    expect(isLunarDay(month, day, dayInfo(date))).toBe(true)
    expect(isLunarDay(month, day, dayInfo(date.replace(/\d{2}$/, (d) => String(Number(d) === 1 ? 2 : Number(d) - 1).padStart(2, '0'))))).toBe(false)
  })

  it('knows 2025 has a leap sixth month and 2026 none', () => {
    expect(lunarOf('2025-07-25')).toMatchObject({ month: 6, day: 1, leap: true, yearLeapMonth: 6 })
    expect(lunarOf('2026-07-14').yearLeapMonth).toBe(0)
  })
})

describe('solar birthdays', () => {
  it('a 29 February birthday is greeted on 28 February in common years', () => {
    expect(isSolarAnniversary('1996-02-29', dayInfo('2027-02-28'))).toBe(true)
    expect(isSolarAnniversary('1996-02-29', dayInfo('2027-03-01'))).toBe(false)
  })

  it('and on 29 February, not the 28th, in leap years', () => {
    expect(isSolarAnniversary('1996-02-29', dayInfo('2028-02-29'))).toBe(true)
    expect(isSolarAnniversary('1996-02-29', dayInfo('2028-02-28'))).toBe(false)
  })

  it('an ordinary birthday falls on its month and day only', () => {
    expect(isSolarAnniversary('1985-11-02', dayInfo('2026-11-02'))).toBe(true)
    expect(isSolarAnniversary('1985-11-02', dayInfo('2026-11-03'))).toBe(false)
  })

  it('counts whole years, 29 Feb reaching its anniversary on 28 Feb', () => {
    expect(yearsSince('2016-09-01', dayInfo('2026-08-31'))).toBe(9)
    expect(yearsSince('2016-09-01', dayInfo('2026-09-01'))).toBe(10)
    expect(yearsSince('2020-02-29', dayInfo('2027-02-28'))).toBe(7)
  })
})

describe('lunar birthdays', () => {
  it('a lunar 30th is greeted on the 29th when the month is short', () => {
    // 2026's twelfth lunar month has 29 days
    expect(dayInfo(solarOfLunar(2026, 12, 29)).lunar.monthDays).toBe(29)
    expect(isLunarAnniversary({ month: 12, day: 30 }, dayInfo(solarOfLunar(2026, 12, 29)))).toBe(true)
    expect(isLunarAnniversary({ month: 12, day: 30 }, dayInfo(solarOfLunar(2026, 12, 28)))).toBe(false)
  })

  it('a lunar 30th is greeted on the 30th when the month is long', () => {
    const y = Array.from({ length: 20 }, (_, i) => 2020 + i).find((yy) => dayInfo(solarOfLunar(yy, 12, 1)).lunar.monthDays === 30) as number
    expect(isLunarAnniversary({ month: 12, day: 30 }, dayInfo(solarOfLunar(y, 12, 30)))).toBe(true)
    expect(isLunarAnniversary({ month: 12, day: 30 }, dayInfo(solarOfLunar(y, 12, 29)))).toBe(false)
  })

  it('a leap-sixth-month birthday falls in the leap month when the year has one', () => {
    expect(isLunarAnniversary({ month: 6, day: 1, leap: true }, dayInfo('2025-07-25'))).toBe(true)
    expect(isLunarAnniversary({ month: 6, day: 1, leap: true }, dayInfo(solarOfLunar(2025, 6, 1)))).toBe(false)
  })

  it('and in the regular sixth month when the year has no such leap month', () => {
    expect(isLunarAnniversary({ month: 6, day: 1, leap: true }, dayInfo(solarOfLunar(2026, 6, 1)))).toBe(true)
  })

  it('a regular-month birthday is not greeted again in a leap month of the same number', () => {
    expect(isLunarAnniversary({ month: 6, day: 1 }, dayInfo(solarOfLunar(2025, 6, 1)))).toBe(true)
    expect(isLunarAnniversary({ month: 6, day: 1 }, dayInfo('2025-07-25'))).toBe(false)
  })

  it('lunar holidays are never kept in a leap month', () => {
    // 2025's leap sixth month: 六月初六 regular vs leap
    expect(isLunarDay(6, 6, dayInfo(solarOfLunar(2025, -6, 6)))).toBe(false)
    expect(isLunarDay(6, 6, dayInfo(solarOfLunar(2025, 6, 6)))).toBe(true)
  })
})
