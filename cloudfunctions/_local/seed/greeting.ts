import type { LocalCloud } from '../cloud'

const CHAIR = 'demo-chair'

/** The chair's own words for the occasions the union cares most about; the rest keep the built-in texts. */
const TEXTS: [occasion: string, text: string][] = [
  ['birthday', '亲爱的{name}老师：生日快乐！感谢您在讲台上、在校园里的每一份付出。愿新的一岁平安喜乐，所愿皆所得。'],
  ['teachers-day', '{name}老师：春风化雨，桃李不言。又是一年{occasion}，工会向您道一声辛苦，也道一声谢谢！'],
  ['womens-day', '{name}老师：您是课堂上的光，也是家里的暖。{occasion}快乐，今天请多爱自己一点！'],
  ['spring-festival', '{name}老师：辞旧迎新，工会给您拜年了！祝您和家人新春快乐、身体健康、万事如意！'],
  ['mid-autumn', '{name}老师：月圆人团圆。{occasion}到了，工会祝您和家人花好月圆，岁岁安康！'],
  ['anniversary', '{name}老师：今天是您入会{years}周年。感谢这些年来对工会工作的支持，我们是一家人！']
]

/** Templates only: greetings themselves are sent by the daily timer, never by the seed. */
export async function seedGreeting(cloud: LocalCloud): Promise<void> {
  for (const [occasion, text] of TEXTS) {
    const r = await cloud.call('greeting', { action: 'setTemplate', occasion, text }, CHAIR)
    if (!r.ok) throw new Error(`seed greeting template failed: ${r.error.message}`)
  }
}
