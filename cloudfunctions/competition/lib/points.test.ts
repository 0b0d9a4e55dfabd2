import fc from 'fast-check'
import { rank } from './rank'
import { sharePoints } from './points'

const TABLE = [7, 5, 4, 3, 2, 1]

describe('sharePoints', () => {
  it('two tied for 1st with 7-5 get 6 each, the next gets 3rd place points', () => {
    expect(sharePoints([1, 1, 3], TABLE)).toEqual([6, 6, 4])
  })

  it('three tied for 2nd share 5+4+3', () => {
    expect(sharePoints([1, 2, 2, 2, 5], TABLE)).toEqual([7, 4, 4, 4, 2])
  })

  it('a tie across the end of the table shares the points that exist', () => {
    expect(sharePoints([1, 2, 3, 4, 5, 6, 6], TABLE).slice(5)).toEqual([0.5, 0.5])
  })

  it('places beyond the table score nothing', () => {
    expect(sharePoints([1, 2, 3, 4, 5, 6, 7, 8], TABLE).slice(6)).toEqual([0, 0])
  })

  it('ties never create or lose points: the total is the table total for that many entrants', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 10 }), (vals, raw) => {
        const table = [...raw].sort((a, b) => b - a)
        const pts = sharePoints(
          rank(vals, (v) => v, 'lower').map((r) => r.place),
          table
        )
        const expected = table.slice(0, vals.length).reduce((s, v) => s + v, 0)
        expect(pts.reduce((s, v) => s + v, 0)).toBeCloseTo(expected, 9)
      })
    )
  })
})
