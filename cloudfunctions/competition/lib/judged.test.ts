import { judgedScore, scoresProblem } from './judged'

describe('judged scores', () => {
  it('is the mean of the judges, to two decimals', () => {
    expect(judgedScore([90, 92, 95], false)).toBe(92.33)
  })

  it('drops one highest and one lowest score when the event says so', () => {
    expect(judgedScore([60, 90, 92, 94, 99], true)).toBe(92)
    expect(judgedScore([90, 90, 90, 100], true)).toBe(90)
  })

  it('a judge scoring above the maximum is named', () => {
    expect(scoresProblem([90, 105, 88], { maxScore: 100, dropHighLow: false })).toBe('第 2 位评委的打分 105 超过满分 100')
  })

  it('asks for every judge when the event has a panel size', () => {
    expect(scoresProblem([90, 91], { maxScore: 100, judges: 5, dropHighLow: true })).toContain('5 位评委')
    expect(scoresProblem([90, 91], { maxScore: 100, dropHighLow: true })).toContain('至少需要 3 位')
    expect(scoresProblem([90, 91, 92], { maxScore: 100, judges: 3, dropHighLow: true })).toBeNull()
  })
})
