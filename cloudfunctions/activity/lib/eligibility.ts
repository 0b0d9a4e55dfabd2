import type { Eligibility } from '../../../types/activity'

export interface WhoSignsUp {
  gender: 'F' | 'M'
  unit: string
  retired?: boolean
}

/** Why this member may not sign up, in words they understand; null when they may. */
export function ineligibleReason(e: Eligibility | undefined, m: WhoSignsUp): string | null {
  if (!e) return null
  if (e.gender && m.gender !== e.gender) return e.gender === 'F' ? '本活动仅限女职工参加' : '本活动仅限男职工参加'
  if (e.retired === true && !m.retired) return '本活动仅限退休教职工参加'
  if (e.retired === false && m.retired) return '本活动仅限在职教职工参加'
  if (e.units && !e.units.includes(m.unit)) return `本活动仅限${e.units.join('、')}参加`
  return null
}
