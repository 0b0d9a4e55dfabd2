import { batchOf, lastDueBatch, publishesAt, weekOf } from './batch'

describe('batches and token weeks (Beijing, whatever the server TZ)', () => {
  it('puts a suggestion at 16:59 into today’s 17:00 batch and one at 17:01 into tomorrow’s', () => {
    expect(batchOf(new Date('2026-11-24T08:59:00.000Z'))).toBe('2026-11-24')
    expect(batchOf(new Date('2026-11-24T09:01:00.000Z'))).toBe('2026-11-25')
    expect(publishesAt('2026-11-25').toISOString()).toBe('2026-11-25T09:00:00.000Z')
  })

  it('counts a batch due once its 17:00 has passed', () => {
    expect(lastDueBatch(new Date('2026-11-24T08:59:59.000Z'))).toBe('2026-11-23')
    expect(lastDueBatch(new Date('2026-11-24T09:00:00.000Z'))).toBe('2026-11-24')
  })

  it('starts the token week on Monday in Beijing', () => {
    // Sunday 23:30 Beijing is still last week; Monday 00:30 Beijing (Sunday in UTC) is the new one
    expect(weekOf(new Date('2026-11-29T15:30:00.000Z'))).toBe('2026-11-23')
    expect(weekOf(new Date('2026-11-29T16:30:00.000Z'))).toBe('2026-11-30')
    expect(weekOf(new Date('2026-11-24T02:00:00.000Z'))).toBe('2026-11-23')
  })
})
