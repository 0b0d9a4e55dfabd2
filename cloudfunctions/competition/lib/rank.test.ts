import fc from 'fast-check'
import { rank } from './rank'

const places = (values: number[], better: 'lower' | 'higher') => rank(values, (v) => v, better).map((r) => [r.item, r.place])

describe('rank', () => {
  it('two equal times share 1st and the next runner is 3rd', () => {
    expect(places([12.5, 12.3, 12.3], 'lower')).toEqual([
      [12.3, 1],
      [12.3, 1],
      [12.5, 3]
    ])
  })

  it('a longer jump is better', () => {
    expect(places([2.1, 2.45, 2.3], 'higher').map(([, p]) => p)).toEqual([1, 2, 3])
    expect(places([2.1, 2.45, 2.3], 'higher')[0][0]).toBe(2.45)
  })

  it('a tie further down skips the next place (1, 2, 2, 4)', () => {
    expect(places([10, 11, 11, 12], 'lower').map(([, p]) => p)).toEqual([1, 2, 2, 4])
  })

  it('every place equals 1 + the number of strictly better entrants', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), (vals) => {
        for (const { item, place } of rank(vals, (v) => v, 'lower')) {
          expect(place).toBe(1 + vals.filter((v) => v < item).length)
        }
      })
    )
  })
})
