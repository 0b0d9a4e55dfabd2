import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { dispatch } from '../../_shared/dispatch'
import { greeting } from '../actions'
import { GREETINGS, GREETING_RUNS } from '../../_shared/collections'

/** 01:30 on 25 Sep 2026 in Shanghai (中秋), still the 24th in UTC and in Los Angeles. */
const MID_AUTUMN_0130 = '2026-09-24T17:30:00.000Z'

const fire = (h: Harness) => h.cloud.fireTimer('greeting', 'daily')
const greetings = async (h: Harness) => (await h.cloud.db.collection(GREETINGS).limit(1000).get()).data as { _id: string; occasion: string; push: string }[]

async function importRows(h: Harness, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 500) await h.ok('member', CHAIR, { action: 'import', members: rows.slice(i, i + 500) })
}

describe('daily greeting run', () => {
  // npm test runs this file under TZ=UTC and TZ=America/Los_Angeles (the node-la project): at 01:30
  // Shanghai both servers are still on the 24th, and both must greet the 25th
  it("at 01:30 in Shanghai greets Shanghai's day, not the server's", async () => {
    expect(new Date(MID_AUTUMN_0130).getDate()).toBe(process.env.TZ === 'Asia/Shanghai' ? 25 : 24)
    const h = createHarness({ now: MID_AUTUMN_0130 })
    await h.members([
      { name: '刘芳', unit: '语文组', lunarBirthday: { month: 8, day: 15 }, openid: 'a' },
      { name: '孙浩', unit: '语文组', birthday: '1979-09-24', openid: 'b' }
    ])
    const r = await fire(h)
    expect(r).toMatchObject({ ok: true, data: { date: '2026-09-25', done: true } })
    const mine = await h.ok('greeting', 'a', { action: 'inbox' })
    expect(mine.items.map((i: { occasion: string }) => i.occasion).sort()).toEqual(['birthday', 'mid-autumn'])
    const his = await h.ok('greeting', 'b', { action: 'inbox' })
    expect(his.items.map((i: { occasion: string }) => i.occasion)).toEqual(['mid-autumn'])
  })

  it('greets each member once however often the trigger fires', async () => {
    const h = createHarness({ now: '2026-10-01T00:00:00.000Z' })
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: true })
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: true })
    await fire(h)
    await fire(h)
    await h.cloud.db.collection(GREETING_RUNS).doc('2026-10-01').remove() // a re-run from scratch
    await fire(h)
    expect((await greetings(h)).map((g) => g.occasion)).toEqual(['national-day'])
    expect(h.cloud.outbox).toHaveLength(1)
  })

  it('overlapping runs write each card and send each message once', async () => {
    const h = createHarness({ now: '2027-01-01T00:30:00.000Z' })
    const ms = await h.members(Array.from({ length: 12 }, (_, i) => ({ name: `会员${i}`, unit: '数学组', openid: `o${i}` })))
    // spare grants: only the card's single creation may stop a second message
    for (const m of ms) for (let g = 0; g < 3; g++) await h.ok('member', m.openid as string, { action: 'subscribe', templateKey: 'greeting', accepted: true })
    const runs = await Promise.all([fire(h), fire(h), fire(h)])
    expect(runs.reduce((n, r) => n + (r.ok ? (r.data as { created: number }).created : 0), 0)).toBe(12)
    expect(await greetings(h)).toHaveLength(12)
    expect(h.cloud.outbox).toHaveLength(12)
    expect(new Set(h.cloud.outbox.map((o) => o.touser)).size).toBe(12)
  })

  it('a run the platform leaves little time stops after a chunk and the next resumes, with no card twice', async () => {
    const h = createHarness({ now: '2027-01-01T00:30:00.000Z' })
    await importRows(
      h,
      Array.from({ length: 120 }, (_, i) => ({ name: `会员${i}`, unit: '数学组', gender: 'F' }))
    )
    // the platform's clock as the run sees it: 60 s at the start, 1 s left once a chunk is done
    const lowOnTime = () => {
      let looks = 0
      return () => (looks++ === 0 ? 60_000 : 1_000)
    }
    const event = { Type: 'Timer', TriggerName: 'daily', Time: '2027-01-01T00:30:00.000Z' }
    const run = () => dispatch(greeting, event, { openid: '', db: h.cloud.db, now: h.cloud.now, openapi: fakeOpenApi(), env: h.cloud.env, log: () => {}, remainingMs: lowOnTime() })
    const first = await run()
    expect(first).toMatchObject({ ok: true, data: { done: false, scanned: 50, created: 50 } })
    const second = await run()
    expect(second).toMatchObject({ ok: true, data: { done: false, scanned: 50 } })
    const third = await run()
    expect(third).toMatchObject({ ok: true, data: { done: true, scanned: 20 } })
    const all = await greetings(h)
    expect(all).toHaveLength(120)
    expect(new Set(all.map((g) => g._id)).size).toBe(120)
  })

  it('sends a message only to members with an unused grant, one per grant', async () => {
    const h = createHarness({ now: '2026-09-24T17:30:00.000Z' })
    const [a] = await h.members([
      { name: '刘芳', unit: '语文组', lunarBirthday: { month: 8, day: 15 }, openid: 'a' },
      { name: '孙浩', unit: '语文组', openid: 'b' }
    ])
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: true })
    const r = await fire(h)
    expect(r).toMatchObject({ ok: true, data: { created: 3, pushed: 1 } })
    expect(h.cloud.outbox).toEqual([expect.objectContaining({ touser: 'a', templateKey: 'greeting', page: expect.stringContaining(encodeURIComponent(`${a.id}:birthday:2026-09-25`)) })])
  })

  it('a refused send (43101) is recorded and never retried, and the card is not repeated', async () => {
    const h = createHarness({ now: '2026-10-01T00:00:00.000Z' })
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: true })
    const refused = { ...fakeOpenApi(), sendSubscribeMessage: jest.fn(async () => Promise.reject(Object.assign(new Error('user refuse'), { errCode: 43101 }))) }
    const wiring = { openid: '', db: h.cloud.db, now: h.cloud.now, openapi: refused, env: h.cloud.env, log: () => {} }
    const event = { Type: 'Timer', TriggerName: 'daily', Time: '2026-10-01T00:00:00.000Z' }
    expect(await dispatch(greeting, event, wiring)).toMatchObject({ ok: true, data: { created: 1, pushed: 0 } })
    expect((await greetings(h))[0].push).toBe('failed')
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: true })
    await h.cloud.db.collection(GREETING_RUNS).doc('2026-10-01').remove()
    await dispatch(greeting, event, wiring)
    await fire(h)
    expect(refused.sendSubscribeMessage).toHaveBeenCalledTimes(1)
    expect(h.cloud.outbox).toHaveLength(0)
    expect(await greetings(h)).toHaveLength(1)
    expect((await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: false })).grants).toBe(1)
  })

  it('a switched-off occasion sends nothing', async () => {
    const h = createHarness({ now: '2026-10-01T00:00:00.000Z' })
    await h.members([{ name: '甲', unit: '语文组', birthday: '1990-10-01', openid: 'a' }])
    await h.ok('greeting', CHAIR, { action: 'setTemplate', occasion: 'national-day', enabled: false })
    await fire(h)
    expect((await greetings(h)).map((g) => g.occasion)).toEqual(['birthday'])
  })

  it('a Timer event carrying an OPENID is refused and sends nothing', async () => {
    const h = createHarness({ now: '2026-10-01T00:00:00.000Z' })
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    await h.ok('member', 'a', { action: 'subscribe', templateKey: 'greeting', accepted: true })
    const before = await h.snapshot()
    const r = await h.call('greeting', 'a', { Type: 'Timer', TriggerName: 'daily', Time: '2026-10-01T00:00:00.000Z' })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.snapshot()).toBe(before)
    expect(h.cloud.outbox).toHaveLength(0)
  })
})

function fakeOpenApi() {
  return { sendSubscribeMessage: async () => {}, checkText: async () => ({ suggest: 'pass' as const }) }
}
