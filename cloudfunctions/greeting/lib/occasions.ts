import type { GreetingAudience, Occasion } from '../../../types/greeting'
import { isLunarAnniversary, isLunarDay, isSolarAnniversary, isSolarDay, yearsSince, type DayInfo } from '../../_shared/calendar'
import type { MemberDoc } from '../../_shared/members'

/** What the rules need of a member; the daily run reads only these fields. */
export type GreetedMember = Pick<MemberDoc, '_id' | 'name' | 'gender' | 'birthday' | 'lunarBirthday' | 'retired' | 'joinedAt'>

export interface OccasionDef {
  key: Occasion
  label: string
  title: string
  audience: GreetingAudience
  text: string
  /** Is it this occasion, for this member, on day d? */
  due: (m: GreetedMember, d: DayInfo) => boolean
}

const everyone = () => true
const holiday =
  (on: (d: DayInfo) => boolean, who: (m: GreetedMember) => boolean = everyone) =>
  (m: GreetedMember, d: DayInfo) =>
    on(d) && who(m)

/**
 * A member who keeps a lunar birthday is greeted by it; the solar birthday is then only their date
 * of birth, so they are not greeted twice a year.
 */
function birthdayDue(m: GreetedMember, d: DayInfo): boolean {
  if (m.lunarBirthday) return isLunarAnniversary(m.lunarBirthday, d)
  return Boolean(m.birthday) && isSolarAnniversary(m.birthday as string, d)
}

const anniversaryDue = (m: GreetedMember, d: DayInfo): boolean => Boolean(m.joinedAt) && isSolarAnniversary(m.joinedAt as string, d) && yearsSince(m.joinedAt as string, d) >= 1

/** Built-in titles and texts: the chair's templates replace the text, never the rule. */
export const OCCASIONS: OccasionDef[] = [
  { key: 'birthday', label: '生日', title: '生日快乐', audience: 'self', text: '亲爱的{name}老师：今天是您的生日，工会全体同仁祝您生日快乐，身体健康，万事顺意！', due: birthdayDue },
  {
    key: 'anniversary',
    label: '入会纪念日',
    title: '入会纪念日',
    audience: 'self',
    text: '{name}老师：今天是您加入学校工会{years}周年的日子，感谢您一路同行，工会之家因您更温暖！',
    due: anniversaryDue
  },
  {
    key: 'new-year',
    label: '元旦',
    title: '元旦快乐',
    audience: 'all',
    text: '{name}老师：新年伊始，万象更新。工会祝您元旦快乐，新的一年工作顺利、阖家幸福！',
    due: holiday((d) => isSolarDay(1, 1, d))
  },
  {
    key: 'spring-festival',
    label: '春节',
    title: '春节快乐',
    audience: 'all',
    text: '{name}老师：爆竹声中一岁除，工会给您拜年啦！祝您新春快乐，龙马精神，阖家安康！',
    due: holiday((d) => isLunarDay(1, 1, d))
  },
  { key: 'lantern', label: '元宵节', title: '元宵节快乐', audience: 'all', text: '{name}老师：月圆灯明，汤圆香甜。工会祝您元宵节快乐，团团圆圆！', due: holiday((d) => isLunarDay(1, 15, d)) },
  {
    key: 'womens-day',
    label: '三八妇女节',
    title: '节日快乐',
    audience: 'women',
    text: '{name}老师：三尺讲台，半边天空。工会祝您三八妇女节快乐，美丽常在，幸福常伴！',
    due: holiday(
      (d) => isSolarDay(3, 8, d),
      (m) => m.gender === 'F'
    )
  },
  {
    key: 'labour-day',
    label: '五一劳动节',
    title: '劳动节快乐',
    audience: 'all',
    text: '{name}老师：辛勤耕耘，桃李芬芳。工会祝您五一劳动节快乐，好好休息，享受假期！',
    due: holiday((d) => isSolarDay(5, 1, d))
  },
  { key: 'dragon-boat', label: '端午节', title: '端午安康', audience: 'all', text: '{name}老师：粽叶飘香，龙舟竞渡。工会祝您端午安康，诸事顺遂！', due: holiday((d) => isLunarDay(5, 5, d)) },
  {
    key: 'teachers-day',
    label: '教师节',
    title: '教师节快乐',
    audience: 'all',
    text: '{name}老师：一支粉笔，两袖清风，三尺讲台，四季耕耘。工会向您致以节日的问候，您辛苦了！',
    due: holiday((d) => isSolarDay(9, 10, d))
  },
  { key: 'mid-autumn', label: '中秋节', title: '中秋快乐', audience: 'all', text: '{name}老师：月到中秋分外明。工会祝您中秋快乐，花好月圆，阖家团圆！', due: holiday((d) => isLunarDay(8, 15, d)) },
  { key: 'national-day', label: '国庆节', title: '国庆快乐', audience: 'all', text: '{name}老师：金秋十月，举国同庆。工会祝您国庆节快乐，假期愉快！', due: holiday((d) => isSolarDay(10, 1, d)) },
  {
    key: 'double-ninth',
    label: '重阳节',
    title: '重阳安康',
    audience: 'retirees',
    text: '{name}老师：九九重阳，情深意长。感谢您多年来为学校的付出，工会祝您重阳安康，福寿绵长！',
    due: holiday(
      (d) => isLunarDay(9, 9, d),
      (m) => Boolean(m.retired)
    )
  }
]

export const occasionDef = (key: Occasion): OccasionDef => OCCASIONS.find((o) => o.key === key) as OccasionDef

/** The occasions due for m on d, among the enabled ones. */
export const dueOccasions = (m: GreetedMember, d: DayInfo, enabled: (k: Occasion) => boolean): OccasionDef[] => OCCASIONS.filter((o) => enabled(o.key) && o.due(m, d))
