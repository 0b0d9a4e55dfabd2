import { beijing, beijingDatePlus, beijingMonth, beijingTime, fromBeijing, shortWhen, weekdayOf } from './beijing'

// runs under TZ=UTC and TZ=America/Los_Angeles (npm test): the answers must not move
describe('Beijing time on the phone', () => {
  it('reads an instant as Beijing wall-clock time, across the date line', () => {
    expect(beijingTime('2026-11-30T16:30:00.000Z')).toBe('2026-12-01 00:30')
    expect(beijing('2026-11-30T16:30:05.000Z')).toEqual({ date: '2026-12-01', time: '00:30', seconds: '00:30:05', md: '12月1日', weekday: '周二' })
    expect(shortWhen('2026-12-01T01:00:00.000Z')).toBe('12月1日 09:00')
  })

  it('turns a Beijing date and time back into the same instant', () => {
    expect(fromBeijing('2026-12-01', '00:30')).toBe('2026-11-30T16:30:00.000Z')
    expect(beijingTime(fromBeijing('2027-03-14', '02:30'))).toBe('2027-03-14 02:30')
  })

  it("counts months and days in Beijing, not in the phone's zone", () => {
    const lastEvening = Date.parse('2026-11-30T16:00:00.000Z') // 12-01 00:00 in Beijing
    expect(beijingMonth(lastEvening)).toBe('2026-12')
    expect(beijingMonth(lastEvening - 1)).toBe('2026-11')
    expect(beijingDatePlus(7, lastEvening)).toBe('2026-12-08')
    expect(weekdayOf('2026-12-01')).toBe('周二')
  })
})
