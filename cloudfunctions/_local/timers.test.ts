import { Cron } from 'croner'
import { toCroner } from './timers'

describe('timer triggers', () => {
  it('read the 7-field cron WeChat writes, in Beijing time', () => {
    const { pattern, year } = toCroner('0 30 8 * * * *')
    expect(pattern).toBe('0 30 8 * * *')
    expect(year).toBe('*')
    const next = new Cron(pattern, { timezone: 'Asia/Shanghai', paused: true }).nextRun(new Date('2026-11-24T01:00:00Z'))
    // 08:30 in Shanghai is 00:30 UTC: the next one after 01:00 UTC is the following day
    expect(next?.toISOString()).toBe('2026-11-25T00:30:00.000Z')
  })

  it('refuse a 5-field expression, as the platform would', () => {
    expect(() => toCroner('30 8 * * *')).toThrow(/7 fields/)
  })
})
