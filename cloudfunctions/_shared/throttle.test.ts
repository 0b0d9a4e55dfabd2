import { z } from 'zod'
import { LocalCloud } from '../_local/cloud'
import { member } from '../member/actions'
import type { Ctx } from './ctx'
import { action } from './dispatch'
import { clearThrottle, minutesUntil, readThrottle, spend, sweepThrottle, type ThrottleRule } from './throttle'
import { BIND_ATTEMPTS, CLAIM_ATTEMPTS } from './collections'

// collections member.setup creates; these tests use keys no function does
const RULE: ThrottleRule = { collection: BIND_ATTEMPTS, limit: 3, windowMs: 10 * 60_000 }
const HOURLY: ThrottleRule = { collection: CLAIM_ATTEMPTS, limit: 3, windowMs: 60 * 60_000, aligned: true }
const at = (iso: string) => new Date(iso)

type Db = Ctx['db']
/**
 * The module runs inside an invocation, as in a function: the SDK reaches the database (and
 * modifyAndReturnDoc, which spend uses) only with the platform's environment set.
 */
function cloudRunning() {
  let job: (db: Db) => Promise<unknown> = async () => undefined
  const probe = { name: 'probe', actions: { run: action({ input: z.object({}), role: 'guest', handler: async (_i: unknown, ctx: Ctx) => ({ out: await job(ctx.db) }) }) } }
  const cloud = new LocalCloud({ quiet: true, functions: { member, probe } })
  const run = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
    job = fn
    const r = await cloud.call('probe', { action: 'run' }, 'probe-caller')
    if (!r.ok) throw new Error(r.error.message)
    return (r.data as { out: T }).out
  }
  return { cloud, run }
}

let cloud: LocalCloud
let run: ReturnType<typeof cloudRunning>['run']
beforeEach(() => ({ cloud, run } = cloudRunning()))
afterEach(() => cloud.close())

/** A verdict as plain JSON (what crosses the invocation). */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v))

describe('throttle', () => {
  it('lets limit attempts through in a window, refuses the rest, and says when it ends', async () => {
    const now = Date.parse('2026-11-24T02:00:00.000Z')
    const verdicts = []
    for (let i = 0; i < 5; i++) verdicts.push(plain(await run((d) => spend(d, RULE, 'k', new Date(now + i * 60_000)))))
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false, false])
    expect(verdicts[4]).toEqual({ allowed: false, retryAt: '2026-11-24T02:10:00.000Z' })
    expect(minutesUntil(at('2026-11-24T02:10:00.000Z'), at('2026-11-24T02:04:00.000Z'))).toBe(6)
    expect(minutesUntil(at('2026-11-24T02:10:00.000Z'), at('2026-11-24T02:09:59.000Z'))).toBe(1)
    expect(await run((d) => spend(d, RULE, 'other', new Date(now)))).toEqual({ allowed: true })
  })

  it('starts afresh once the window has ended, and after a clear', async () => {
    await run(async (d) => {
      for (let i = 0; i < 4; i++) await spend(d, RULE, 'k', at('2026-11-24T02:00:00.000Z'))
    })
    expect(await run(async (d) => (await spend(d, RULE, 'k', at('2026-11-24T02:09:59.000Z'))).allowed)).toBe(false)
    expect(await run(async (d) => (await spend(d, RULE, 'k', at('2026-11-24T02:10:00.000Z'))).allowed)).toBe(true)
    expect(await run((d) => readThrottle(d, RULE, 'k'))).toEqual({ _id: 'k', since: '2026-11-24T02:10:00.000Z', count: 1 })
    await run((d) => clearThrottle(d, RULE, 'k'))
    expect(await run((d) => readThrottle(d, RULE, 'k'))).toBeNull()
  })

  it('lets exactly limit through when 100 attempts arrive at once', async () => {
    const allowed = await run(async (d) => {
      const verdicts = await Promise.all(Array.from({ length: 100 }, () => spend(d, RULE, 'flood', at('2026-11-24T02:00:00.000Z'))))
      return verdicts.filter((v) => v.allowed).length
    })
    expect(allowed).toBe(3)
  })

  it('keeps aligned windows to the window start, never the instant of an attempt, and sweeps ended ones', async () => {
    await run(async (d) => {
      await spend(d, HOURLY, '2611-K7Q3', at('2026-11-24T02:17:23.456Z'))
      await spend(d, HOURLY, '2611-K7Q3', at('2026-11-24T02:41:05.000Z'))
      await spend(d, HOURLY, '2611-ABCD', at('2026-11-24T03:05:00.000Z'))
    })
    expect(await run((d) => readThrottle(d, HOURLY, '2611-K7Q3'))).toEqual({ _id: '2611-K7Q3', since: '2026-11-24T02:00:00.000Z', count: 2 })
    await run((d) => sweepThrottle(d, HOURLY, at('2026-11-24T03:10:00.000Z')))
    expect(await run((d) => readThrottle(d, HOURLY, '2611-K7Q3'))).toBeNull()
    expect(await run((d) => readThrottle(d, HOURLY, '2611-ABCD'))).toMatchObject({ count: 1 })
  })

  it('fails, never lets an attempt through uncounted, when the record cannot be read', async () => {
    cloud.failNext('getDocument', BIND_ATTEMPTS)
    await expect(run((d) => spend(d, RULE, 'k', at('2026-11-24T02:00:00.000Z')))).rejects.toThrow('服务暂时不可用')
    expect(await run((d) => readThrottle(d, RULE, 'k'))).toBeNull()
  })
})
