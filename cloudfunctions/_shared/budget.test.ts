import { remainingTime, timeUp } from './budget'

describe('the time an invocation has left', () => {
  it('counts down from the timeout SCF puts in the context', () => {
    const left = remainingTime({ time_limit_in_ms: 60_000 })()
    expect(left).toBeLessThanOrEqual(60_000)
    expect(left).toBeGreaterThan(59_000)
  })

  it("prefers the runtime's own getRemainingTimeInMillis, and assumes SCF's 3 s default without a context", () => {
    expect(remainingTime({ time_limit_in_ms: 60_000, getRemainingTimeInMillis: () => 1234 })()).toBe(1234)
    expect(remainingTime(undefined)()).toBeLessThanOrEqual(3000)
  })

  it('is up once less than a quarter of the start (at most 10 s) is left', () => {
    let left = 60_000
    const over = timeUp(() => left)
    left = 10_001
    expect(over()).toBe(false)
    left = 9_999
    expect(over()).toBe(true)
    left = 8_000
    const short = timeUp(() => left)
    left = 2_001
    expect(short()).toBe(false)
    left = 1_999
    expect(short()).toBe(true)
  })
})
