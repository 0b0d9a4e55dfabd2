import { eventLabel, parseScores, pointsText, valueHint } from './competition-text'

describe('competition text', () => {
  it('names an event with its category, except mixed ones', () => {
    expect(eventLabel({ name: '100米', category: '男子' })).toBe('男子100米')
    expect(eventLabel({ name: '拔河', category: '混合' })).toBe('拔河')
  })

  it('shows shared points to two decimals at most', () => {
    expect(pointsText(6)).toBe('6')
    expect(pointsText(16 / 3)).toBe('5.33')
  })

  it('reads judges’ scores separated by spaces or Chinese commas, keeping bad ones for the server to name', () => {
    expect(parseScores('92 93.5，90、88')).toEqual([92, 93.5, 90, 88])
    expect(parseScores('92 abc')[1]).toBeNaN()
  })

  it('tells the officer what to type for each kind', () => {
    expect(valueHint({ kind: 'timed', measure: 'm', maxScore: 100, dropHighLow: false })).toContain('1:02.50')
    expect(valueHint({ kind: 'judged', measure: 'm', maxScore: 10, judges: 5, dropHighLow: true })).toBe('5 位评委的打分，空格分隔，满分 10，去掉最高分和最低分')
  })
})
