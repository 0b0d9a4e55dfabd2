import { MAIN_BATCH, type ActivityDoc, type CounterDoc } from '../data/docs'
import { decide, newCounter, withLimits } from './counter'

/** What the ledger's conditional updates do to the counts (lib/ledger.ts), for the pure rules here. */
function take(c: CounterDoc, batch: string, unit: string, place: 'confirmed' | 'waitlisted'): void {
  if (place === 'waitlisted') c.batches[batch].waitlisted += 1
  else {
    c.batches[batch].confirmed += 1
    c.units[unit.replace(/\./g, '．')] = (c.units[unit.replace(/\./g, '．')] ?? 0) + 1
  }
}

const activity = (over: Partial<ActivityDoc> = {}): ActivityDoc => ({
  _id: 'a1',
  title: '登山',
  startAt: '2026-12-01T01:00:00.000Z',
  signupClosesAt: '2026-11-30T10:00:00.000Z',
  capacity: 2,
  waitlist: true,
  fields: [],
  batches: [],
  checkinCode: '1234',
  createdBy: '',
  createdAt: '',
  updatedAt: '',
  ...over
})

describe('counter', () => {
  it('confirms up to capacity, then waitlists', () => {
    const c = newCounter(activity())
    take(c, MAIN_BATCH, '语文组', 'confirmed')
    take(c, MAIN_BATCH, '语文组', 'confirmed')
    expect(decide(c, MAIN_BATCH, '数学组', '')).toEqual({ place: 'waitlisted' })
    expect(c.batches[MAIN_BATCH]).toEqual({ capacity: 2, confirmed: 2, waitlisted: 0 })
  })

  it('says FULL with the unit’s quota when only the quota is reached', () => {
    const c = newCounter(activity({ capacity: 10, waitlist: false, quotas: { 语文组: 1 } }))
    take(c, MAIN_BATCH, '语文组', 'confirmed')
    expect(decide(c, MAIN_BATCH, '语文组', '')).toEqual({ place: 'full', reason: '语文组的名额已满（每个部门最多 1 人）' })
    expect(decide(c, MAIN_BATCH, '数学组', '')).toEqual({ place: 'confirmed' })
  })

  it('keeps counts when the capacity is lowered below them, and has no room until it is under again', () => {
    const c = newCounter(activity({ capacity: 3 }))
    for (let i = 0; i < 3; i++) take(c, MAIN_BATCH, '语文组', 'confirmed')
    take(c, MAIN_BATCH, '语文组', 'waitlisted')
    const lowered = withLimits(c, activity({ capacity: 1 }), () => '')
    expect(lowered.batches[MAIN_BATCH]).toEqual({ capacity: 1, confirmed: 3, waitlisted: 1, promoting: 0 })
    lowered.batches[MAIN_BATCH].confirmed = 1
    expect(decide(lowered, MAIN_BATCH, '数学组', '')).toEqual({ place: 'waitlisted' })
  })

  it('counts a unit whose name holds a dot under a safe key', () => {
    const c = newCounter(activity({ quotas: { 'A.B组': 1 } }))
    expect(Object.keys(c.units)).toEqual(['A．B组'])
    take(c, MAIN_BATCH, 'A.B组', 'confirmed')
    expect(decide(c, MAIN_BATCH, 'A.B组', '').place).toBe('waitlisted')
  })
})
