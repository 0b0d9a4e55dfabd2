import { endOf } from './schedule'

describe('an activity without an end', () => {
  it('ends at the last instant of its Beijing day, also across a US daylight-saving switch', () => {
    expect(endOf({ startAt: '2026-11-01T01:00:00.000Z', signupClosesAt: '2026-10-31T00:00:00.000Z' })).toBe('2026-11-01T15:59:59.999Z')
    expect(endOf({ startAt: '2027-03-14T10:00:00.000Z', signupClosesAt: '2027-03-13T00:00:00.000Z' })).toBe('2027-03-14T15:59:59.999Z')
  })
})
