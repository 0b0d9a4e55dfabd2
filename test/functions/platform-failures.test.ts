/**
 * What a first deploy met and the local cloud used to hide (issue 12's table): each case runs the
 * functions through productionMain on the real wx-server-sdk against the CloudBase stand-in.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { action, type FunctionDef } from '../../cloudfunctions/_shared/dispatch'
import { createHarness, CHAIR } from '../support/harness'
import { lockKeyedDraw } from '../support/keyed-draw'
import { suggestionFixture } from '../support/suggestion-fixture'

const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex')

describe('a fresh environment', () => {
  it('answers every call with how to initialise until the chair runs member.setup, then works', async () => {
    const cloud = new LocalCloud({ quiet: true, autoSetup: false, env: { UNION_CHAIR_OPENIDS: CHAIR } })
    try {
      const before = await cloud.call('member', { action: 'me' }, CHAIR)
      expect(before).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('初始化') } })
      expect(await cloud.call('activity', { action: 'list' }, 'someone')).toMatchObject({ ok: false, error: { message: expect.stringContaining('初始化') } })
      expect(await cloud.call('member', { action: 'setup' }, 'someone')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      const first = await cloud.call('member', { action: 'setup' }, CHAIR)
      expect(first).toMatchObject({ ok: true, data: { existing: [] } })
      expect((first as { data: { created: string[] } }).data.created).toContain('signups')
      const again = await cloud.call('member', { action: 'setup' }, CHAIR)
      expect(again).toMatchObject({ ok: true, data: { created: [] } })
      expect(await cloud.call('member', { action: 'me' }, CHAIR)).toMatchObject({ ok: true, data: { role: 'chair' } })
    } finally {
      await cloud.close()
    }
  })
})

describe('a read that fails is a failure, never a missing document', () => {
  it('a sign-up whose activity read times out says try again, not "deleted", and takes no place', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '陈思远', unit: '语文组' }])
    const a = await h.ok('activity', CHAIR, { action: 'create', title: '登山', startAt: '2026-12-05T01:00:00.000Z', signupClosesAt: '2026-12-04T10:00:00.000Z', capacity: 5 })
    h.cloud.failNext('getDocument', 'activities')
    const r = await h.call('activity', m.openid!, { action: 'signup', id: a.id })
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(r)).not.toContain('删除')
    expect((await h.ok('activity', CHAIR, { action: 'roster', id: a.id })).confirmed).toHaveLength(0)
    expect(await h.ok('activity', m.openid!, { action: 'signup', id: a.id })).toEqual({ status: 'confirmed' })
  })

  it('an award whose month read times out keeps the published draw commitments', async () => {
    const f = await suggestionFixture('2026-11-02T02:00:00.000Z')
    // the chair and the 督导员 lock their keys while November is open
    const kit = await lockKeyedDraw(f.h, '2026-11', f.supervisor)
    const s = await f.submit(f.members[0].openid as string)
    // November's prizes open once it has closed in Beijing
    f.h.setNow('2026-12-01T02:00:00.000Z')
    f.h.cloud.failNext('getDocument', 'suggestion_months')
    const r = await f.h.call('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: s.number, prize: '一等奖' }] })
    expect(r.ok).toBe(false)
    const board = await f.h.ok('suggestion', CHAIR, { action: 'board', month: '2026-11' })
    expect(board.draw.keyholders.map((k: { commitment: string }) => k.commitment)).toEqual([sha256Hex(kit.chairSecret), sha256Hex(kit.otherSecret)])
  })
})

describe('a call past its timeout', () => {
  it('a batch job is told its time: the greeting run stops inside a 2 s timeout and the next firing finishes, with no card twice', async () => {
    const cloud = new LocalCloud({ quiet: true, env: { UNION_CHAIR_OPENIDS: CHAIR }, timeouts: { greeting: 2 }, latency: '30' })
    try {
      cloud.setClock('2027-01-01T00:30:00.000Z')
      const rows = Array.from({ length: 1000 }, (_, i) => ({ name: `会员${i}`, unit: '语文组', gender: 'F' }))
      for (let i = 0; i < rows.length; i += 500) expect((await cloud.call('member', { action: 'import', members: rows.slice(i, i + 500) }, CHAIR)).ok).toBe(true)
      const first = await cloud.fireTimer('greeting', 'daily')
      expect(first).toMatchObject({ ok: true, data: { done: false } })
      const firstScanned = (first as { data: { scanned: number } }).data.scanned
      expect(firstScanned).toBeGreaterThan(0)
      let rest = 0
      for (let i = 0; i < 10; i++) {
        const r = (await cloud.fireTimer('greeting', 'daily')) as { ok: boolean; data: { done: boolean; scanned: number } }
        expect(r.ok).toBe(true)
        rest += r.data.scanned
        if (r.data.done) break
      }
      expect(firstScanned + rest).toBe(1000)
      const cards = (await cloud.db.collection('greetings').count()).total
      expect(cards).toBe(1000)
    } finally {
      await cloud.close()
    }
  }, 60_000)

  it("the context SCF passes main carries the function's timeout, and handlers see the time left", async () => {
    const probe: FunctionDef = { name: 'probe', actions: { left: action({ input: z.object({}), role: 'public', handler: async (_i, ctx) => ({ left: ctx.remainingMs() }) }) } }
    const cloud = new LocalCloud({ quiet: true, functions: { probe }, timeouts: { probe: 7 }, autoSetup: false })
    try {
      const r = (await cloud.call('probe', { action: 'left' })) as { ok: true; data: { left: number } }
      expect(r.data.left).toBeLessThanOrEqual(7000)
      expect(r.data.left).toBeGreaterThan(6000)
    } finally {
      await cloud.close()
    }
  })

  it('is cut off: the caller is told it timed out, what it wrote stays, and nothing after the cut is written', async () => {
    const cloud = new LocalCloud({ quiet: true, env: { UNION_CHAIR_OPENIDS: CHAIR }, timeouts: { member: 0.2 }, latency: '150' })
    try {
      const rows = Array.from({ length: 30 }, (_, i) => ({ name: `会员${i}`, unit: '语文组', gender: 'F' }))
      const r = await cloud.call('member', { action: 'import', members: rows }, CHAIR)
      expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('超时') } })
      const after = async () => (await cloud.db.collection('members').count()).total
      const atCut = await after()
      await new Promise((res) => setTimeout(res, 600))
      expect(await after()).toBe(atCut)
    } finally {
      await cloud.close()
    }
  })
})
