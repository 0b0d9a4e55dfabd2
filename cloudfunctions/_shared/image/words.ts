import { inUnionTz } from '../clock'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 12月6日 周六 08:30–11:30 (Beijing); an end on another day gets its own date. */
export function whenText(startAt: string, endAt?: string): string {
  const s = inUnionTz(startAt)
  const head = `${s.month() + 1}月${s.date()}日 ${WEEKDAYS[s.day()]} ${s.format('HH:mm')}`
  if (!endAt) return head
  const e = inUnionTz(endAt)
  return e.format('YYYY-MM-DD') === s.format('YYYY-MM-DD') ? `${head}–${e.format('HH:mm')}` : `${head} 至 ${e.month() + 1}月${e.date()}日 ${e.format('HH:mm')}`
}

/** 2026年12月1日 (Beijing), as a 奖状 is dated. */
export const dateText = (instant: Date | string): string => inUnionTz(instant).format('YYYY年M月D日')

/** The union's name on every drawing: env UNION_NAME, set at deployment. */
export const unionName = (env: Record<string, string | undefined>): string => env.UNION_NAME?.trim() || '学校工会'
