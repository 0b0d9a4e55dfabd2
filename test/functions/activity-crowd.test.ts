import { runCrowd } from '../support/activity-crowd'

// The benchmark's scenario with a smaller crowd, over HTTP: a correctness test, not a timing one.
describe('activity flash crowd over HTTP', () => {
  it('60 members tapping at once for 20 places: 20 confirmed, 40 waitlisted 1..40, nothing lost or doubled; 10 cancels promote the first 10', async () => {
    const o = await runCrowd({ members: 60, capacity: 20, cancels: 10, connections: 0 })
    expect({ lost: o.lost, duplicated: o.duplicated, confirmed: o.confirmed, waitlisted: o.waitlisted }).toEqual({ lost: 0, duplicated: 0, confirmed: 20, waitlisted: 40 })
    expect(o.positionsExact).toBe(true)
    expect(o.counterAgrees).toBe(true)
    expect([...o.promoted].sort()).toEqual([...o.expectedPromoted].sort())
    expect(o.confirmedAfterCancels).toBe(20)
  }, 60_000)
})
