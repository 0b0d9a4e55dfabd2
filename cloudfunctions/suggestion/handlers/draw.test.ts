import { drawWinners, sha256Hex, verifyDraw } from '../../../types/draw'
import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

const SECRET = 'the chair keeps this safe 2026-11'

async function month(n: number) {
  const f = await suggestionFixture('2026-11-02T02:00:00.000Z')
  await f.h.ok('suggestion', CHAIR, { action: 'commitDraw', month: '2026-11', commitment: sha256Hex(SECRET), count: 2 })
  const numbers: string[] = []
  for (let i = 0; i < n; i++) numbers.push((await f.submit(f.members[i % 3].openid as string, `建议 ${i}`)).number)
  return { ...f, numbers }
}

describe('the verifiable lucky draw', () => {
  it('reveals after the month closes; the published winners recompute from the secret and the board’s numbers', async () => {
    const { h, members, numbers } = await month(6)
    h.setNow('2026-12-01T02:00:00.000Z')
    const out = await h.ok('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: SECRET })
    expect(out.winners).toEqual(drawWinners(SECRET, numbers, 2))
    const board = await h.ok('suggestion', members[0].openid as string, { action: 'board', month: '2026-11' })
    expect(board.draw).toMatchObject({ commitment: sha256Hex(SECRET), count: 2, committedOn: '2026-11-02', secret: SECRET, drawnOn: '2026-12-01' })
    expect(
      verifyDraw(
        board.draw,
        board.items.map((i: { number: string }) => i.number)
      )
    ).toBe(true)
    expect(
      board.items
        .filter((i: { lucky?: boolean }) => i.lucky)
        .map((i: { number: string }) => i.number)
        .sort()
    ).toEqual([...out.winners].sort())
    const notices = await h.ok('notice', members[0].openid as string, { action: 'list' })
    expect(notices.items.map((n: { title: string }) => n.title)).toContain('2026年11月号码有奖征集幸运抽奖')
  })

  it('lets a lucky winner claim with their code', async () => {
    const { h, members, numbers } = await month(3)
    h.setNow('2026-12-01T02:00:00.000Z')
    const { winners } = await h.ok('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: SECRET })
    expect(winners).toHaveLength(2)
    expect(numbers).toEqual(expect.arrayContaining(winners))
    // the fixture does not keep codes; a fresh month proves the lucky path in the journey test
    expect((await h.call('suggestion', members[0].openid as string, { action: 'claim', number: winners[0], claimCode: 'ABCDEFGH' })).ok).toBe(false)
  })

  it('refuses a secret that does not hash to the commitment, a reveal before the month ends, or a second draw', async () => {
    const { h } = await month(3)
    const before = await h.snapshot()
    expect(await h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: SECRET })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('还没有结束') }
    })
    h.setNow('2026-12-01T02:00:00.000Z')
    expect(await h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: SECRET + 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('承诺值不符') }
    })
    expect(await h.call('suggestion', CHAIR, { action: 'draw', month: '2026-10', secret: SECRET })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('16') }
    })
    expect(await h.snapshot()).toBe(before)
    await h.ok('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: SECRET })
    expect(await h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret: SECRET })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('takes the commitment only while the month is open, once', async () => {
    const { h } = await month(1)
    const before = await h.snapshot()
    expect(await h.call('suggestion', CHAIR, { action: 'commitDraw', month: '2026-11', commitment: sha256Hex('another secret 123'), count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(await h.call('suggestion', CHAIR, { action: 'commitDraw', month: '2026-10', commitment: sha256Hex(SECRET), count: 1 })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    expect(await h.call('suggestion', CHAIR, { action: 'commitDraw', month: '2026-12', commitment: 'not-a-hash', count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('承诺值') }
    })
    expect(await h.call('suggestion', CHAIR, { action: 'commitDraw', month: '2026-12', commitment: sha256Hex(SECRET), count: 0 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('名额') }
    })
    expect(await h.snapshot()).toBe(before)
    const board = await h.ok('suggestion', CHAIR, { action: 'board', month: '2026-11' })
    expect(board.draw).toEqual({ commitment: sha256Hex(SECRET), count: 2, committedOn: '2026-11-02' })
  })
})
