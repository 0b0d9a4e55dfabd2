import type { Occasion } from '../../types/greeting'
import { weekdayOf } from './beijing'

/** How each occasion looks: the one character on its seal and the colour scheme of its card. */
export type CardTheme = 'festive' | 'moon' | 'blossom' | 'jade'

export const OCCASION_LOOK: Record<Occasion, { glyph: string; theme: CardTheme }> = {
  birthday: { glyph: '喜', theme: 'blossom' },
  anniversary: { glyph: '家', theme: 'jade' },
  'new-year': { glyph: '新', theme: 'festive' },
  'spring-festival': { glyph: '福', theme: 'festive' },
  lantern: { glyph: '圆', theme: 'festive' },
  'womens-day': { glyph: '花', theme: 'blossom' },
  'labour-day': { glyph: '劳', theme: 'jade' },
  'dragon-boat': { glyph: '粽', theme: 'jade' },
  'teachers-day': { glyph: '师', theme: 'jade' },
  'mid-autumn': { glyph: '月', theme: 'moon' },
  'national-day': { glyph: '国', theme: 'festive' },
  'double-ninth': { glyph: '寿', theme: 'moon' }
}

export const AUDIENCE_LABEL = { all: '全体会员', women: '女会员', retirees: '退休会员', self: '本人' } as const

/** 2026-09-25 → 9月25日 */
export const shortDate = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** 2026-09-25 → 9月25日 周五 (a calendar date: its weekday is the same everywhere) */
export const dateWithWeekday = (date: string): string => `${shortDate(date)} ${weekdayOf(date)}`
