import type { LunarDate } from '../../types/member'

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const MONTH_NAMES: Record<string, number> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 }

/** 一…十二, 十五, 二十, 廿三, 卅 → number; undefined when it isn't a small Chinese numeral. */
function chineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s)
  const t = s.replace(/^廿/, '二十').replace(/^卅/, '三十')
  if (t.length === 1) return DIGITS[t]
  if (t.length === 2 && t[0] === '十') return DIGITS[t[1]] !== undefined ? 10 + DIGITS[t[1]] : undefined
  if (t.length === 2 && t[1] === '十') return DIGITS[t[0]] !== undefined ? DIGITS[t[0]] * 10 : undefined
  if (t.length === 3 && t[1] === '十') {
    const [a, b] = [DIGITS[t[0]], DIGITS[t[2]]]
    return a !== undefined && b !== undefined ? a * 10 + b : undefined
  }
  return undefined
}

/**
 * Reads a lunar birthday the way people write it in a spreadsheet: 八月十五, 闰四月初八,
 * 腊月三十, 正月初一, 8-15, 8/15, 8月15日, 闰4-8. Answers undefined when it can't be read;
 * range checks (month 1–12, day 1–30) are left to the MemberRow schema so the messages match.
 */
export function parseLunarText(raw: string): LunarDate | undefined {
  let s = raw.trim().replace(/\s+/g, '').replace(/^农历/, '')
  const leap = s.startsWith('闰')
  if (leap) s = s.slice(1)
  const numeric = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (numeric) return withLeap({ month: Number(numeric[1]), day: Number(numeric[2]) }, leap)
  const named = /^(.+?)月(.+?)日?$/.exec(s)
  if (!named) return undefined
  const month = MONTH_NAMES[named[1]] ?? chineseNumber(named[1])
  const day = chineseNumber(named[2].replace(/^初/, ''))
  if (month === undefined || day === undefined) return undefined
  return withLeap({ month, day }, leap)
}

const withLeap = (d: { month: number; day: number }, leap: boolean): LunarDate => (leap ? { ...d, leap: true } : d)
