import type { Activity, MySignup, Phase } from '../../types/activity'
import { beijing } from './beijing'

export { shortWhen } from './beijing'

/** 12月1日 周二 09:00–16:00, or across days 12月1日 09:00 – 12月2日 12:00. */
export function whenText(a: Pick<Activity, 'startAt' | 'endAt'>): string {
  const s = beijing(a.startAt)
  if (!a.endAt) return `${s.md} ${s.weekday} ${s.time}`
  const e = beijing(a.endAt)
  return s.date === e.date ? `${s.md} ${s.weekday} ${s.time}–${e.time}` : `${s.md} ${s.time} – ${e.md} ${e.time}`
}

export const PHASE_LABEL: Record<Phase, string> = { upcoming: '未开始报名', open: '报名中', closed: '报名截止', ongoing: '进行中', ended: '已结束' }

/** 已报 18/20 · 候补 2 */
export function spotsText(a: Pick<Activity, 'capacity' | 'confirmed' | 'waitlisted'>): string {
  const base = a.capacity === null ? `已报 ${a.confirmed} 人（不限名额）` : `已报 ${a.confirmed}/${a.capacity}`
  return a.waitlisted ? `${base} · 候补 ${a.waitlisted}` : base
}

/** 已报名, 候补第1位, 已签到; '' when not signed up. */
export function myStatusText(m: MySignup | null): string {
  if (!m) return ''
  if (m.attended) return '已签到'
  return m.status === 'confirmed' ? '已报名' : `候补第${m.position ?? '?'}位`
}

/** Places left, for the button: 还剩 3 个名额 / 已满，可候补 / 已满. */
export function roomText(a: Pick<Activity, 'capacity' | 'confirmed' | 'waitlist'>): string {
  if (a.capacity === null) return '不限名额'
  const left = a.capacity - a.confirmed
  if (left > 0) return `还剩 ${left} 个名额`
  return a.waitlist ? '名额已满，可报名候补' : '名额已满'
}

export const quotasText = (q: Activity['quotas']): string =>
  q
    ? Object.entries(q)
        .map(([unit, n]) => `${unit}最多 ${n} 人`)
        .join('，')
    : ''

/** An answer as the roster and my entry show it. */
export const answerText = (v: unknown): string => (Array.isArray(v) ? v.join('、') : v === undefined || v === null ? '' : String(v))
