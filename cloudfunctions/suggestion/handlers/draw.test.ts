import { eligibleHashOf, keyedWinners, lockedParts, sha256Hex, verifyKeyedDraw } from '../../../types/draw'
import type { DrawInfo } from '../../../types/suggestion-draw'
import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

const CHAIR_SECRET = 'the chair keeps this safe 2026-11'
const AUDIT_SECRET = 'the 督导员 keeps this one 2026-11'
const NUMBERS = ['2611-A2B3', '2611-C4D5', '2611-E6F7', '2611-H8J9', '2611-K2M3']

/** A month of five suggestions and a drawn-up keyed draw: the chair and the 督导员 hold the keys. */
async function month(now = '2026-11-02T02:00:00.000Z') {
  const f = await suggestionFixture(now)
  // the suggestions themselves, as submit stores them: the draw reads only their numbers and timelines
  await f.h.cloud.ready
  await f.h.cloud.store.insert(
    'suggestions',
    NUMBERS.map((number) => ({ _id: number, number, month: '2026-11', content: `建议 ${number}`, category: '其他', status: 'received', reply: null, steps: [], claimHash: 'x' }))
  )
  const auditor = f.supervisor.openid as string
  await f.h.ok('suggestion', CHAIR, { action: 'setKeyholders', month: '2026-11', memberIds: [f.supervisor.id], count: 2 })
  const commit = (openid: string, secret: string) => f.h.call('suggestion', openid, { action: 'commitDraw', month: '2026-11', commitment: sha256Hex(secret) })
  const reveal = (openid: string, secret: string) => f.h.call('suggestion', openid, { action: 'reveal', month: '2026-11', secret })
  const board = async () => (await f.h.ok<{ draw: DrawInfo }>('suggestion', f.members[0].openid as string, { action: 'board', month: '2026-11' })).draw
  return { ...f, auditor, commit, reveal, board }
}

const parts = (d: DrawInfo) => lockedParts(d.keyholders)

describe('the keyed lucky draw', () => {
  it('two keyholders commit in the month, both reveal after it; every phone recomputes the winners', async () => {
    const m = await month()
    expect(await m.commit(CHAIR, CHAIR_SECRET)).toMatchObject({ ok: true })
    expect(await m.commit(m.auditor, AUDIT_SECRET)).toMatchObject({ ok: true })
    const before = await m.board()
    expect(before.keyholders?.map((k) => [k.role, k.name, Boolean(k.commitment), k.secret])).toEqual([
      ['工会主席', '', true, undefined],
      ['督导员', '王建国', true, undefined]
    ])
    m.h.setNow('2026-12-01T02:00:00.000Z')
    expect(await m.reveal(CHAIR, CHAIR_SECRET)).toMatchObject({ ok: true, data: { eligible: NUMBERS } })
    // one reveal out of two: nothing drawn, nobody yet knows the result
    expect((await m.board()).winners).toBeUndefined()
    expect(await m.reveal(m.auditor, AUDIT_SECRET)).toMatchObject({ ok: true, data: { drawnOn: '2026-12-01' } })
    const d = await m.board()
    const expected = keyedWinners(
      [
        { commitment: sha256Hex(CHAIR_SECRET), secret: CHAIR_SECRET },
        { commitment: sha256Hex(AUDIT_SECRET), secret: AUDIT_SECRET }
      ],
      NUMBERS,
      2
    )
    expect(d.winners).toEqual(expected)
    expect(verifyKeyedDraw({ parts: parts(d), eligible: d.eligible ?? [], eligibleHash: d.eligibleHash ?? '', count: d.count, winners: d.winners ?? [] })).toBe(true)
    const items = (await m.h.ok('suggestion', m.members[0].openid as string, { action: 'board', month: '2026-11' })).items as { number: string; lucky?: boolean }[]
    expect(items.filter((i) => i.lucky).map((i) => i.number)).toEqual([...expected].sort())
    const notices = await m.h.ok('notice', m.members[0].openid as string, { action: 'list' })
    expect(notices.items.filter((n: { title: string }) => n.title === '2026年11月号码有奖征集幸运抽奖')).toHaveLength(1)
  })

  it('refuses a wrong reveal, a reveal before the close, and anyone who holds no key; nothing is written', async () => {
    const m = await month()
    await m.commit(CHAIR, CHAIR_SECRET)
    await m.commit(m.auditor, AUDIT_SECRET)
    const before = await m.h.snapshot()
    expect(await m.reveal(CHAIR, CHAIR_SECRET)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('月底之后') } })
    m.h.setNow('2026-12-01T02:00:00.000Z')
    expect(await m.reveal(CHAIR, AUDIT_SECRET)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('承诺值不符') } })
    expect(await m.reveal(m.members[0].openid as string, CHAIR_SECRET)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('不是') } })
    expect(await m.reveal(CHAIR, 'short')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('16') } })
    expect(await m.h.snapshot()).toBe(before)
  })

  it('takes each commitment only before the close (Beijing), once, and only from that month’s keyholders', async () => {
    const m = await month('2026-11-30T15:59:00.000Z') // 23:59 on the 30th in Beijing
    expect(await m.commit(m.members[1].openid as string, CHAIR_SECRET)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await m.commit(CHAIR, CHAIR_SECRET)).toMatchObject({ ok: true, data: { keyholders: [{ committedOn: '2026-11-30' }, {}] } })
    expect(await m.commit(CHAIR, CHAIR_SECRET)).toMatchObject({ ok: true }) // a retry
    expect(await m.commit(CHAIR, 'another secret of hers 99')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不能更改') } })
    expect(await m.h.call('suggestion', CHAIR, { action: 'setKeyholders', month: '2026-11', memberIds: [m.officer.id], count: 1 })).toMatchObject({ ok: false })
    m.h.setNow('2026-11-30T16:00:00.000Z') // 00:00 on 1 December in Beijing
    expect(await m.commit(m.auditor, AUDIT_SECRET)).toMatchObject({ ok: false, error: { code: 'CLOSED', message: expect.stringContaining('月底前') } })
  })

  it('fixes the eligible list as it stood at the close: a status changed afterwards moves no number in or out', async () => {
    const m = await month()
    await m.commit(CHAIR, CHAIR_SECRET)
    await m.commit(m.auditor, AUDIT_SECRET)
    m.h.setNow('2026-11-20T02:00:00.000Z')
    await m.h.ok('suggestion', CHAIR, { action: 'reply', number: NUMBERS[0], status: 'rejected', reply: '与 2611-C4D5 重复' })
    m.h.setNow('2026-12-01T02:00:00.000Z')
    // after the close, before anyone has written the list down: the chair rejects one more
    await m.h.ok('suggestion', CHAIR, { action: 'reply', number: NUMBERS[1], status: 'rejected', reply: '不属于工会职责' })
    const out = await m.reveal(CHAIR, CHAIR_SECRET)
    expect(out).toMatchObject({ ok: true, data: { eligible: NUMBERS.slice(1), eligibleHash: eligibleHashOf(NUMBERS.slice(1)) } })
    await m.h.ok('suggestion', CHAIR, { action: 'reply', number: NUMBERS[2], status: 'rejected', reply: '再拒一个' })
    await m.reveal(m.auditor, AUDIT_SECRET)
    expect((await m.board()).eligible).toEqual(NUMBERS.slice(1))
  })

  it('when one keyholder’s phone is lost, completes after the deadline from the reveal present, exactly once', async () => {
    const m = await month()
    await m.commit(CHAIR, CHAIR_SECRET)
    await m.commit(m.auditor, AUDIT_SECRET)
    m.h.setNow('2026-12-02T02:00:00.000Z')
    await m.reveal(CHAIR, CHAIR_SECRET)
    m.h.setNow('2026-12-07T15:00:00.000Z') // 23:00 on the 7th: still the auditor's to reveal
    expect(await m.h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('督导员王建国') }
    })
    m.h.setNow('2026-12-08T01:00:00.000Z')
    const [a, b] = await Promise.all([m.h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11' }), m.h.call('suggestion', CHAIR, { action: 'draw', month: '2026-11' })])
    const winners = keyedWinners([{ commitment: sha256Hex(CHAIR_SECRET), secret: CHAIR_SECRET }, { commitment: sha256Hex(AUDIT_SECRET) }], NUMBERS, 2)
    const settled = [a, b].filter((r) => r.ok)
    expect(settled.length).toBeGreaterThan(0)
    for (const r of settled) expect(r).toMatchObject({ data: { winners, drawnOn: '2026-12-08' } })
    // again, and the auditor turning up late with the right secret: the same winners, one notice
    expect(await m.h.ok('suggestion', CHAIR, { action: 'draw', month: '2026-11' })).toMatchObject({ winners, drawnOn: '2026-12-08' })
    expect(await m.reveal(m.auditor, AUDIT_SECRET)).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    m.h.setNow('2026-12-09T01:00:00.000Z')
    expect(await m.h.ok('suggestion', CHAIR, { action: 'draw', month: '2026-11' })).toMatchObject({ winners, drawnOn: '2026-12-08' })
    const d = await m.board()
    expect(d.keyholders?.[1].secret).toBeUndefined()
    expect(verifyKeyedDraw({ parts: parts(d), eligible: d.eligible ?? [], eligibleHash: d.eligibleHash ?? '', count: d.count, winners: d.winners ?? [] })).toBe(true)
    const notices = await m.h.ok('notice', m.members[0].openid as string, { action: 'list' })
    expect(notices.items.filter((n: { title: string }) => n.title === '2026年11月号码有奖征集幸运抽奖')).toHaveLength(1)
  })

  it('names keyholders only from the 督导员 and 经审委员, and no draw is held on the chair’s key alone', async () => {
    const m = await month()
    expect(await m.h.call('suggestion', CHAIR, { action: 'setKeyholders', month: '2026-11', memberIds: [m.members[1].id], count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('督导员或经审委员') }
    })
    await m.h.ok('member', CHAIR, { action: 'tag', memberId: m.members[1].id, tags: ['经审委员'] })
    const c = await m.h.ok('suggestion', CHAIR, { action: 'keyholderCandidates' })
    expect(c.items.map((i: { name: string; role: string }) => `${i.role}${i.name}`)).toEqual(['督导员王建国', '经审委员周婷'])
    await m.h.ok('suggestion', CHAIR, { action: 'setKeyholders', month: '2026-11', memberIds: [m.members[1].id], count: 1 })
    await m.commit(CHAIR, CHAIR_SECRET)
    m.h.setNow('2026-12-01T02:00:00.000Z')
    expect(await m.reveal(CHAIR, CHAIR_SECRET)).toMatchObject({ ok: true, data: { voidReason: expect.stringContaining('不足两位') } })
    expect((await m.board()).winners).toBeUndefined()
  })
})
