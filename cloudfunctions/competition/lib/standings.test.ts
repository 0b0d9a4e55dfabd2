import { DEFAULT_POINTS } from '../../../types/competition'
import { standings, type Entrant } from './standings'

const e = (unit: string, name: string, value: number): Entrant => ({ unit, name, value, display: String(value) })

describe('standings', () => {
  it('gives places, shared points and prizes, best first', () => {
    const rows = standings(
      [e('数学组', '乙', 12.5), e('语文组', '甲', 12.3), e('英语组', '丙', 12.3)],
      { kind: 'timed', points: DEFAULT_POINTS, prizes: { first: 1, second: 1, third: 1, others: false } },
      ['语文组', '数学组', '英语组']
    )
    expect(rows.map((r) => [r.place, r.name, r.points, r.prize])).toEqual([
      [1, '甲', 6, '一等奖'],
      [1, '丙', 6, '一等奖'],
      [3, '乙', 4, '三等奖']
    ])
  })

  it('gives 优秀奖 to everyone after the prize places when chosen', () => {
    const vals = [95, 93, 90, 88, 80]
    const rows = standings(
      vals.map((v, i) => e('语文组', `人${i}`, v)),
      { kind: 'judged', points: DEFAULT_POINTS, prizes: { first: 1, second: 1, third: 2, others: true } }
    )
    expect(rows.map((r) => r.prize)).toEqual(['一等奖', '二等奖', '三等奖', '三等奖', '优秀奖'])
  })
})
