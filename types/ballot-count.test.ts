import { count, invalidChoices, type CountSpec } from './ballot-count'

const motion = (pass: 'present' | 'eligible'): CountSpec => ({ kind: 'motion', options: ['同意', '不同意', '弃权'], pass })
const picks = (...xs: number[]) => xs.map((p) => ({ picks: [p] }))

describe('counting', () => {
  it('a motion passed by those present needs more than half of the ballots cast, abstentions included', () => {
    expect(count(motion('present'), [...picks(0, 0, 0, 0, 0), ...picks(1, 1, 1, 2, 2)], 30)).toMatchObject({ base: 10, passed: false, rule: 'present' })
    expect(count(motion('present'), [...picks(0, 0, 0, 0, 0, 0), ...picks(1, 1, 2, 2)], 30)).toMatchObject({ base: 10, passed: true, counts: [6, 2, 2] })
  })

  it('a motion passed by the electorate needs more than half of everyone eligible, however many voted', () => {
    expect(count(motion('eligible'), picks(0, 0, 0, 0, 0, 0, 1, 2), 12)).toMatchObject({ base: 12, passed: false, rule: 'eligible' })
    expect(count(motion('eligible'), picks(0, 0, 0, 0, 0, 0, 0, 1), 12)).toMatchObject({ base: 12, passed: true })
  })

  it('an election reports a tie at the last seat instead of breaking it', () => {
    const spec: CountSpec = { kind: 'election', options: ['甲', '乙', '丙', '丁'], seats: 2, maxChoices: 2 }
    const ballots = [{ picks: [0, 1] }, { picks: [0, 2] }, { picks: [0, 3] }, { picks: [1, 2] }]
    expect(count(spec, ballots, 10)).toMatchObject({ counts: [3, 2, 2, 1], elected: [0], tie: { candidates: [1, 2], seats: 1 } })
    expect(count(spec, [...ballots, { picks: [1] }], 10)).toMatchObject({ elected: [0, 1], tie: null })
  })

  it('a rating gives each subject its mean per criterion (优秀 4 … 不称职 1) and the share of each grade', () => {
    const spec: CountSpec = { kind: 'rating', options: [], subjects: ['王校长'], criteria: ['德', '能'], scale: ['优秀', '称职', '基本称职', '不称职'] }
    const ballots = [
      [0, 0],
      [0, 1],
      [1, 1],
      [0, 3],
      [2, 0]
    ].map((row) => ({ grades: [row] }))
    const t = count(spec, ballots, 20)
    expect(t).toMatchObject({
      kind: 'rating',
      subjects: [
        {
          name: '王校长',
          criteria: [
            { name: '德', mean: 3.4, shares: [0.6, 0.2, 0.2, 0] },
            { name: '能', mean: 3, shares: [0.4, 0.4, 0, 0.2] }
          ],
          mean: 3.2
        }
      ]
    })
  })

  it('a rating over fewer than 5 raters is withheld', () => {
    const spec: CountSpec = { kind: 'rating', options: [], subjects: ['王校长'], criteria: ['德'], scale: ['优秀', '称职'] }
    expect(count(spec, [{ grades: [[0]] }, { grades: [[1]] }, { grades: [[0]] }, { grades: [[0]] }], 20)).toEqual({ kind: 'rating', subjects: null })
  })

  it('a ballot with too many marks, a repeat or an unknown option does not count', () => {
    const spec: CountSpec = { kind: 'poll', options: ['春游', '秋游'], maxChoices: 1 }
    expect(invalidChoices(spec, { picks: [0, 1] })).toBe('最多选 1 项')
    expect(invalidChoices(spec, { picks: [2] })).toBe('所选的项不在选项中')
    expect(invalidChoices(spec, { picks: [] })).toBe('请选择一项')
    expect(count(spec, [{ picks: [0, 1] }, { picks: [1] }], 5)).toEqual({ kind: 'poll', counts: [0, 1] })
  })
})
