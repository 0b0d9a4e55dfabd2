import { startOfUnionDay, unionDate } from './clock'

// npm test runs this under TZ=UTC and TZ=America/Los_Angeles: the answers must not move
describe('Beijing days whatever the server’s time zone', () => {
  it('starts a Beijing day at 16:00 UTC the day before, even on a US daylight-saving switch', () => {
    expect(startOfUnionDay('2026-11-01').toISOString()).toBe('2026-10-31T16:00:00.000Z')
    expect(startOfUnionDay('2027-03-14').toISOString()).toBe('2027-03-13T16:00:00.000Z')
    expect(unionDate(startOfUnionDay('2027-03-14'))).toBe('2027-03-14')
  })
})
