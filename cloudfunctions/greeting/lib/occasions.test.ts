import { dayInfo } from '../../_shared/calendar'
import { dueOccasions, occasionDef, type GreetedMember } from './occasions'
import { render } from './render'

const all = () => true
const keys = (m: GreetedMember, date: string) => dueOccasions(m, dayInfo(date), all).map((o) => o.key)
const woman: GreetedMember = { _id: 'w', name: '周婷', gender: 'F' }
const man: GreetedMember = { _id: 'm', name: '吴强', gender: 'M' }
const retiree: GreetedMember = { _id: 'r', name: '潘国栋', gender: 'M', retired: true }

describe('holidays and their audiences', () => {
  it('三八 greets women only', () => {
    expect(keys(woman, '2027-03-08')).toEqual(['womens-day'])
    expect(keys(man, '2027-03-08')).toEqual([])
  })

  it('重阳 greets retirees only', () => {
    expect(keys(retiree, '2026-10-18')).toEqual(['double-ninth'])
    expect(keys(man, '2026-10-18')).toEqual([])
  })

  it.each([
    ['2027-01-01', 'new-year'],
    ['2027-02-06', 'spring-festival'],
    ['2027-02-20', 'lantern'],
    ['2026-05-01', 'labour-day'],
    ['2026-06-19', 'dragon-boat'],
    ['2026-09-10', 'teachers-day'],
    ['2026-09-25', 'mid-autumn'],
    ['2027-09-15', 'mid-autumn'],
    ['2026-10-01', 'national-day']
  ])('%s greets everyone for %s', (date, key) => {
    expect(keys(man, date)).toEqual([key])
    expect(keys(woman, date)).toEqual([key])
  })

  it('an ordinary day greets nobody', () => {
    expect(keys(woman, '2026-11-24')).toEqual([])
  })
})

describe('personal occasions', () => {
  it('a member who keeps a lunar birthday is greeted by it, not by the solar date of birth', () => {
    const m: GreetedMember = { ...man, birthday: '1990-09-03', lunarBirthday: { month: 8, day: 15 } }
    expect(keys(m, '2026-09-25')).toEqual(['birthday', 'mid-autumn'])
    expect(keys(m, '2026-09-03')).toEqual([])
  })

  it('the 入会 anniversary comes each year from the first, with the years filled in', () => {
    const m: GreetedMember = { ...man, joinedAt: '2016-11-24' }
    expect(keys(m, '2016-11-24')).toEqual([])
    expect(keys(m, '2026-11-24')).toEqual(['anniversary'])
    expect(render(occasionDef('anniversary'), '{name}入会{years}年，{occasion}', m, dayInfo('2026-11-24')).text).toBe('吴强入会10年，入会纪念日')
  })

  it('{years} reads 多 when the join date is unknown', () => {
    expect(render(occasionDef('birthday'), '入会{years}年', man, dayInfo('2026-11-24')).text).toBe('入会多年')
  })
})
