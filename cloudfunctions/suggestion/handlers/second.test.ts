import { randomBytes } from 'node:crypto'
import { blind } from '../../../src/ballot/lib/blind'
import { ANON_KEYS } from '../../_shared/collections'
import { secondWith, takeSecondTokens } from '../../../test/support/second-phone'
import { suggestionFixture } from '../../../test/support/suggestion-fixture'

jest.setTimeout(120_000)

const MONTH = '2026-11'
const countOf = async (h: Awaited<ReturnType<typeof suggestionFixture>>['h'], openid: string, number: string) =>
  ((await h.ok('suggestion', openid, { action: 'board', month: MONTH })).items as { number: string; seconds: number }[]).find((i) => i.number === number)?.seconds

describe('suggestion.second: 附议 with a token per (suggestion, member), spent anonymously', () => {
  it('counts one 附议 per member: the same token again is refused, and a second token for the same number is refused at issuance', async () => {
    const { h, members, submit } = await suggestionFixture()
    const [a, b] = members.map((m) => m.openid as string)
    const s = await submit(a)
    expect(await countOf(h, b, s.number)).toBe(0)
    const held = await takeSecondTokens(h, b, MONTH)
    expect([...held.keys()]).toEqual([s.number])
    expect(await secondWith(h, held.get(s.number)!)).toEqual({ ok: true, data: { number: s.number, seconds: 1 } })
    expect(await secondWith(h, held.get(s.number)!)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经附议过') } })
    // the phone has its token: nothing is open any more, and another blinded value is a second token
    expect((await h.ok('suggestion', b, { action: 'secondTokens', month: MONTH })).open).toEqual([])
    const pk = (await h.ok('suggestion', a, { action: 'secondTokens', month: MONTH })).open[0].publicKey
    const again = blind(pk, (n) => new Uint8Array(randomBytes(n)))
    expect(await h.call('suggestion', b, { action: 'secondTokens', month: MONTH, items: [{ number: s.number, blinded: again.blinded }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已经领过') }
    })
    expect(await countOf(h, a, s.number)).toBe(1)
  })

  it('answers a retried token request with the same signatures', async () => {
    const { h, members, submit } = await suggestionFixture()
    const s = await submit(members[0].openid as string)
    const b = members[1].openid as string
    const { open } = await h.ok('suggestion', b, { action: 'secondTokens', month: MONTH })
    const p = blind(open[0].publicKey, (n) => new Uint8Array(randomBytes(n)))
    const ask = () => h.ok('suggestion', b, { action: 'secondTokens', month: MONTH, items: [{ number: s.number, blinded: p.blinded }] })
    const [x, y] = await Promise.all([ask(), ask()])
    expect(x.blindSignatures).toEqual(y.blindSignatures)
  })

  it('refuses a token request that leaves out a published number it has not taken, writing nothing', async () => {
    const { h, members, submit } = await suggestionFixture()
    const s1 = await submit(members[0].openid as string, '建议一')
    await submit(members[1].openid as string, '建议二')
    const c = members[2].openid as string
    const { open } = await h.ok('suggestion', c, { action: 'secondTokens', month: MONTH })
    expect(open.map((o: { number: string }) => o.number).sort()).toHaveLength(2)
    const only = open.find((o: { number: string }) => o.number === s1.number)
    const p = blind(only.publicKey, (n) => new Uint8Array(randomBytes(n)))
    const before = await h.snapshot()
    expect(await h.call('suggestion', c, { action: 'secondTokens', month: MONTH, items: [{ number: s1.number, blinded: p.blinded }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('每条公开的建议都要领一张附议券') }
    })
    expect(await h.snapshot()).toBe(before)
    expect(await h.call('suggestion', c, { action: 'secondTokens', month: MONTH, items: [{ number: '2611-ZZZZ', blinded: p.blinded }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('suggestion', c, { action: 'secondTokens', month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('月份') } })
    expect((await takeSecondTokens(h, c, MONTH)).size).toBe(2)
  })

  it('refuses a 附议 that carries a WeChat identity before storing anything; the token stays good', async () => {
    const { h, members, submit } = await suggestionFixture()
    const s = await submit(members[0].openid as string)
    const b = members[1].openid as string
    const held = (await takeSecondTokens(h, b, MONTH)).get(s.number)!
    const before = await h.snapshot()
    expect(await secondWith(h, held, b)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('匿名通道') } })
    expect(await h.snapshot()).toBe(before)
    expect(await secondWith(h, { ...held, signature: held.signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await secondWith(h, held)).ok).toBe(true)
    expect(await countOf(h, b, s.number)).toBe(1)
  })

  it('the batch timer makes each number’s key, so the first phone gets every number at once', async () => {
    const { h, members, submit } = await suggestionFixture()
    for (let i = 0; i < 3; i++) await submit(members[i % 3].openid as string, `第 ${i + 1} 条建议`)
    const first = await h.ok('suggestion', members[0].openid as string, { action: 'secondTokens', month: MONTH })
    expect({ open: first.open.length, waiting: first.waiting }).toEqual({ open: 3, waiting: 0 })
  })

  it('a key the timer had no time for is made a few per call, so a big batch never runs the call past its timeout; the phone asks again and gets them all', async () => {
    const { h, members, submit } = await suggestionFixture()
    for (let i = 0; i < 6; i++) await submit(members[i % 3].openid as string, `第 ${i + 1} 条建议`)
    // as if the 17:00 run had been cut short before making any key
    const keys = (await h.cloud.db.collection(ANON_KEYS).limit(100).get()).data as { _id: string }[]
    for (const k of keys.filter((k) => k._id.startsWith('second:'))) await h.cloud.db.collection(ANON_KEYS).doc(k._id).remove()
    const first = await h.ok('suggestion', members[0].openid as string, { action: 'secondTokens', month: MONTH })
    expect({ open: first.open.length, waiting: first.waiting }).toEqual({ open: 4, waiting: 2 })
    expect((await takeSecondTokens(h, members[1].openid as string, MONTH)).size).toBe(6)
  })

  it('counts 20 simultaneous 附议 on one suggestion, every one', async () => {
    const { h, submit } = await suggestionFixture()
    const crowd = await h.members(Array.from({ length: 20 }, (_, i) => ({ name: `附议人${i + 1}`, unit: '数学组' })))
    const s = await submit(crowd[0].openid as string)
    // each phone took its token on opening the board, one after another; the 附议 come all at once
    const held = []
    for (const m of crowd) held.push((await takeSecondTokens(h, m.openid as string, MONTH)).get(s.number)!)
    const results = await Promise.all(held.map((t) => secondWith(h, t)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await countOf(h, crowd[1].openid as string, s.number)).toBe(20)
  })
})
