/**
 * What a first deploy met and the local cloud used to hide (issue 12's table): each case runs the
 * functions through productionMain on the real wx-server-sdk against the CloudBase stand-in.
 */
import { createHash } from 'node:crypto'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { createHarness, CHAIR } from '../support/harness'
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

  it('an award whose month read times out keeps the published draw commitment', async () => {
    const f = await suggestionFixture('2026-11-02T02:00:00.000Z')
    await f.h.ok('suggestion', CHAIR, { action: 'commitDraw', month: '2026-11', commitment: sha256Hex('a long secret for the draw'), count: 1 })
    const s = await f.submit(f.members[0].openid as string)
    f.h.setNow('2026-11-24T02:00:00.000Z')
    f.h.cloud.failNext('getDocument', 'suggestion_months')
    const r = await f.h.call('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: s.number, prize: '一等奖' }] })
    expect(r.ok).toBe(false)
    const board = await f.h.ok('suggestion', CHAIR, { action: 'board', month: '2026-11' })
    expect(board.draw).toMatchObject({ commitment: sha256Hex('a long secret for the draw'), count: 1 })
  })
})

describe('a call past its timeout', () => {
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
