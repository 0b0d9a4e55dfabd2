import { monthOfNumber, newClaimCode, newNumber } from './number'
import { SuggestionNumber, ClaimCode } from '../../../types/suggestion'

describe('suggestion numbers', () => {
  it('read like 2611-K7Q3 and carry their month', () => {
    const n = newNumber('2026-11')
    expect(n).toMatch(/^2611-[2-9A-HJKMNP-Z]{4}$/)
    expect(SuggestionNumber.parse(n.toLowerCase())).toBe(n)
    expect(monthOfNumber(n)).toBe('2026-11')
  })

  it('do not follow one another: 2,000 numbers in a row are not in increasing order and rarely collide', () => {
    const ns = Array.from({ length: 2000 }, () => newNumber('2026-11'))
    const increasing = ns.filter((n, i) => i > 0 && n > ns[i - 1]).length
    // a sequential scheme would give 1999 rises; random gives about half
    expect(increasing).toBeGreaterThan(800)
    expect(increasing).toBeLessThan(1200)
    expect(new Set(ns).size).toBeGreaterThan(1990)
  })

  it('claim codes are 8 readable characters', () => {
    const c = newClaimCode()
    expect(c).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(ClaimCode.parse(c.slice(0, 4).toLowerCase() + '-' + c.slice(4))).toBe(c)
  })
})
