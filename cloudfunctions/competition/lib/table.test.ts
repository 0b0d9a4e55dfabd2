import fc from 'fast-check'
import { unitTable, type Placing } from './table'

const UNITS = ['语文组', '数学组', '英语组', '体育组']
const p = (unit: string, place: number, points: number): Placing => ({ unit, place, points })

describe('unitTable', () => {
  it('sums points and counts medals from places 1–3, ties included', () => {
    const rows = unitTable(UNITS, [p('语文组', 1, 6), p('数学组', 1, 6), p('英语组', 3, 4), p('语文组', 2, 5)])
    expect(rows.map((r) => [r.unit, r.points, r.gold, r.silver, r.bronze, r.place])).toEqual([
      ['语文组', 11, 1, 1, 0, 1],
      ['数学组', 6, 1, 0, 0, 2],
      ['英语组', 4, 0, 0, 1, 3],
      ['体育组', 0, 0, 0, 0, 4]
    ])
  })

  it('equal points are split by golds, then silvers, then bronzes', () => {
    const rows = unitTable(UNITS, [p('语文组', 2, 5), p('语文组', 5, 2), p('数学组', 1, 7), p('英语组', 2, 5), p('英语组', 3, 2)])
    expect(rows.map((r) => r.unit).slice(0, 3)).toEqual(['数学组', '英语组', '语文组'])
  })

  it('units equal in everything share a place and the next is skipped', () => {
    const rows = unitTable(UNITS, [p('体育组', 1, 6), p('英语组', 1, 6), p('语文组', 3, 4)])
    expect(rows.map((r) => [r.unit, r.place])).toEqual([
      ['英语组', 1],
      ['体育组', 1],
      ['语文组', 3],
      ['数学组', 4]
    ])
  })

  it('three-way shared points add up to a clean total', () => {
    const third = 16 / 3
    const rows = unitTable(['甲'], [p('甲', 1, third), p('甲', 1, third), p('甲', 1, third)])
    expect(rows[0].points).toBe(16)
  })

  it('the same placings in any order give the same table', () => {
    const placing = fc.record({ unit: fc.constantFrom(...UNITS), place: fc.integer({ min: 1, max: 8 }), points: fc.integer({ min: 0, max: 7 }) })
    fc.assert(
      fc.property(fc.array(placing, { maxLength: 40 }), (ps) => {
        expect(unitTable(UNITS, [...ps].reverse())).toEqual(unitTable(UNITS, ps))
      })
    )
  })
})
