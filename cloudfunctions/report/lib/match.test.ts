import { planAgainstDone, sameThing } from './match'

describe('a plan line is matched to what happened', () => {
  it('「春季运动会」 is the 2027年春季教职工运动会, not the 秋季读书会', () => {
    expect(sameThing('春季运动会', '2027年春季教职工运动会')).toBe(true)
    expect(sameThing('春季运动会', '秋季读书分享会')).toBe(false)
    expect(sameThing('校务公开', '2027 年第一季度校务公开')).toBe(true)
  })

  it('only in its month and of its kind, each happening counted once', () => {
    const happened = [
      { kind: 'activity' as const, title: '三八节插花活动', date: '2027-03-08' },
      { kind: 'notice' as const, title: '财务公开（一季度）', date: '2027-04-02' }
    ]
    const rows = planAgainstDone(
      2027,
      [
        { month: 3, title: '三八节插花', kind: 'activity' },
        { month: 3, title: '三八节插花', kind: 'activity' },
        { month: 3, title: '财务公开', kind: 'notice' },
        { month: 4, title: '财务公开', kind: 'any' }
      ],
      happened
    )
    expect(rows.map((r) => r.done?.date ?? null)).toEqual(['2027-03-08', null, null, '2027-04-02'])
  })
})
