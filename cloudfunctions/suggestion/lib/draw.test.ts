import { createHash, createHmac, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { canonicalNumbers, drawWinners, hmacSha256Hex, sha256Hex, verifyDraw } from './draw'

const NUMBERS = ['2611-K7Q3', '2611-2ABC', '2611-ZZ9X', '2611-M4N5', '2611-H8J2', '2611-Q3R7', '2611-W6X8']
const SECRET = 'union-draw-2026-11-secret'

describe('the board-side SHA-256 (no node:crypto in the browser)', () => {
  it('matches node:crypto on known vectors and on arbitrary text, Chinese included', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    fc.assert(
      fc.property(fc.fullUnicodeString({ maxLength: 300 }), fc.fullUnicodeString({ maxLength: 100 }), (msg, key) => {
        expect(sha256Hex(msg)).toBe(createHash('sha256').update(msg, 'utf8').digest('hex'))
        expect(hmacSha256Hex(key, msg)).toBe(createHmac('sha256', Buffer.from(key, 'utf8')).update(msg, 'utf8').digest('hex'))
      }),
      { numRuns: 300 }
    )
    const longKey = randomBytes(100).toString('hex')
    expect(hmacSha256Hex(longKey, '2611-K7Q3')).toBe(createHmac('sha256', longKey).update('2611-K7Q3').digest('hex'))
  })
})

describe('the lucky draw', () => {
  it('ranks numbers by HMAC-SHA256(secret, number), lowest first, as documented', () => {
    const expected = [...NUMBERS]
      .map((n) => ({ n, s: createHmac('sha256', SECRET).update(n).digest('hex') }))
      .sort((a, b) => a.s.localeCompare(b.s))
      .slice(0, 3)
      .map((x) => x.n)
    expect(drawWinners(SECRET, NUMBERS, 3)).toEqual(expected)
  })

  it('gives the same winners whatever order the numbers are listed in', () => {
    const shuffled = [...NUMBERS].reverse()
    expect(drawWinners(SECRET, shuffled, 3)).toEqual(drawWinners(SECRET, NUMBERS, 3))
    expect(canonicalNumbers(shuffled)).toEqual([...NUMBERS].sort())
  })

  it('changes when the secret changes', () => {
    const base = drawWinners(SECRET, NUMBERS, 3)
    const others = ['a', 'b', 'c', 'd', 'e'].map((x) => drawWinners(SECRET + x, NUMBERS, 3))
    expect(others.some((w) => JSON.stringify(w) !== JSON.stringify(base))).toBe(true)
  })

  it('changes when the number list changes', () => {
    const base = drawWinners(SECRET, NUMBERS, 3)
    // adding numbers until one outranks a winner: a list change must be able to move the result
    const extra = ['2611-AAAA', '2611-BBBB', '2611-CCCC', '2611-DDDD', '2611-EEEE', '2611-FFFF', '2611-GGGG']
    expect(drawWinners(SECRET, [...NUMBERS, ...extra], 3)).not.toEqual(base)
    const without = NUMBERS.filter((n) => n !== base[0])
    expect(drawWinners(SECRET, without, 3)[0]).not.toBe(base[0])
  })

  it('verifies a published result, and refuses a wrong secret, a wrong list or edited winners', () => {
    const winners = drawWinners(SECRET, NUMBERS, 2)
    const published = { commitment: sha256Hex(SECRET), secret: SECRET, count: 2, winners }
    expect(verifyDraw(published, NUMBERS)).toBe(true)
    expect(verifyDraw({ ...published, secret: SECRET + '!' }, NUMBERS)).toBe(false)
    expect(verifyDraw({ ...published, winners: [...winners].reverse() }, NUMBERS)).toBe(false)
    expect(
      verifyDraw(
        published,
        NUMBERS.filter((n) => n !== winners[0])
      )
    ).toBe(false)
  })

  it('draws everyone when there are fewer numbers than prizes', () => {
    expect(drawWinners(SECRET, NUMBERS.slice(0, 2), 5)).toHaveLength(2)
  })
})
