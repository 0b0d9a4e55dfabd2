import type { Occasion } from '../../../types/greeting'
import { yearsSince, type DayInfo } from '../../_shared/calendar'
import type { GreetedMember, OccasionDef } from './occasions'

export interface Rendered {
  occasion: Occasion
  title: string
  text: string
}

/** {years} reads naturally when joinedAt is unknown: 入会{years}年 → 入会多年. */
function yearsText(m: Pick<GreetedMember, 'joinedAt'>, d: DayInfo): string {
  if (!m.joinedAt) return '多'
  return String(Math.max(0, yearsSince(m.joinedAt, d)))
}

/** Fills the placeholders; the schema already refused any others when the template was saved. */
export function render(def: OccasionDef, text: string, m: Pick<GreetedMember, 'name' | 'joinedAt'>, d: DayInfo): Rendered {
  const values: Record<string, string> = { name: m.name, occasion: def.label, years: yearsText(m, d) }
  return { occasion: def.key, title: def.title, text: text.replace(/\{(name|occasion|years)\}/g, (_, k: string) => values[k]) }
}
