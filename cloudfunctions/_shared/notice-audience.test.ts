import { inAudience, normaliseAudience, unknownUnits } from './notice-audience'

describe('notice audience', () => {
  const yuwen = { unit: '语文组', role: 'member' as const }
  const officer = { unit: '体育组', role: 'officer' as const }

  it('treats no audience, {} and empty lists as everyone', () => {
    expect(normaliseAudience(undefined)).toBeNull()
    expect(normaliseAudience({})).toBeNull()
    expect(inAudience(null, yuwen)).toBe(true)
  })

  it('matches a member in any listed unit or any listed role', () => {
    const a = normaliseAudience({ units: ['语文组', '语文组'], roles: ['officer'] })
    expect(a).toEqual({ units: ['语文组'], roles: ['officer'] })
    expect(inAudience(a, yuwen)).toBe(true)
    expect(inAudience(a, officer)).toBe(true)
    expect(inAudience(a, { unit: '数学组', role: 'member' })).toBe(false)
  })

  it('names the units nobody on the roster belongs to', () => {
    expect(unknownUnits({ units: ['语文组', '化学组'] }, ['语文组', '数学组'])).toEqual(['化学组'])
    expect(unknownUnits(null, [])).toEqual([])
  })
})
