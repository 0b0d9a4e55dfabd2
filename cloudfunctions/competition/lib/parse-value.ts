import type { Measure } from '../../../types/competition'

export type Parsed = { ok: true; value: number } | { ok: false; message: string }

const TIMED_HINT = '计时成绩请写秒数（如 12.34）或 分:秒（如 1:02.50）'
const MAX_SECONDS = 24 * 3600
const MAX_METRES = 10000
const MAX_COUNT = 100000

const hundredths = (x: number) => Math.round(x * 100 + 1e-9) / 100

/** Seconds, to the hundredth, from 12.34 / "12.34" / "1:02.50" / "1:02:03.4". Lower is better. */
export function parseTimed(raw: number | string): Parsed {
  if (typeof raw === 'number') return checkSeconds(raw)
  const s = raw.trim().replace('：', ':')
  if (!/^\d+(\.\d+)?$/.test(s) && !/^\d+(:[0-5]?\d)+(\.\d+)?$/.test(s)) return { ok: false, message: `成绩“${raw.slice(0, 12)}”看不懂。${TIMED_HINT}` }
  const parts = s.split(':')
  const seconds = parts.reduce((total, part) => total * 60 + Number(part), 0)
  return checkSeconds(seconds)
}

function checkSeconds(seconds: number): Parsed {
  if (!Number.isFinite(seconds)) return { ok: false, message: TIMED_HINT }
  if (seconds <= 0) return { ok: false, message: '计时成绩必须大于 0' }
  if (seconds > MAX_SECONDS) return { ok: false, message: '计时成绩超过 24 小时，请检查' }
  return { ok: true, value: hundredths(seconds) }
}

/** Metres to the centimetre, or a whole count. Higher is better. */
export function parseMeasured(raw: number | string, measure: Measure): Parsed {
  const s = typeof raw === 'number' ? String(raw) : raw.trim().replace(/(米|m|次|个)$/i, '')
  const n = typeof raw === 'number' ? raw : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN
  const what = measure === 'count' ? '次数' : '距离（米）'
  if (!Number.isFinite(n)) return { ok: false, message: `成绩“${String(raw).slice(0, 12)}”不是数字，请填写${what}` }
  if (n < 0) return { ok: false, message: `${what}不能为负数` }
  if (measure === 'count') {
    if (!Number.isInteger(n)) return { ok: false, message: '次数必须是整数' }
    if (n > MAX_COUNT) return { ok: false, message: `次数超过 ${MAX_COUNT}，请检查` }
    return { ok: true, value: n }
  }
  if (n > MAX_METRES) return { ok: false, message: `距离超过 ${MAX_METRES} 米，请检查` }
  return { ok: true, value: hundredths(n) }
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** How a value reads on the board: 12.34秒, 1:02.50, 2.35米, 36次, 92.50分. */
export function formatValue(kind: 'timed' | 'measured' | 'judged', measure: Measure, value: number): string {
  if (kind === 'judged') return `${value.toFixed(2)}分`
  if (kind === 'measured') return measure === 'count' ? `${value}次` : `${value.toFixed(2)}米`
  if (value < 60) return `${value.toFixed(2)}秒`
  const cents = Math.round(value * 100)
  const h = Math.floor(cents / 360000)
  const m = Math.floor((cents % 360000) / 6000)
  const sec = ((cents % 6000) / 100).toFixed(2).padStart(5, '0')
  return h ? `${h}:${pad2(m)}:${sec}` : `${m}:${sec}`
}
