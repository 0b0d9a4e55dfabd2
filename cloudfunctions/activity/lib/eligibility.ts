import type { Eligibility } from '../../../types/activity'
import type { MemberDoc } from '../../_shared/members'

/** What eligibility judges of a member. */
export type WhoSignsUp = Pick<MemberDoc, 'gender' | 'unit' | 'retired'> & Pick<Partial<MemberDoc>, 'tags'>

/** Who may take part, in words (仅限女职工 · 仅限语文组、数学组); '' when everyone may. */
export function eligibilityText(e: Eligibility | undefined): string {
  if (!e) return ''
  const parts: string[] = []
  if (e.gender) parts.push(e.gender === 'F' ? '仅限女职工' : '仅限男职工')
  if (e.retired === true) parts.push('仅限退休教职工')
  if (e.retired === false) parts.push('仅限在职教职工')
  if (e.units?.length) parts.push(`仅限${e.units.join('、')}`)
  if (e.tags?.length) parts.push(`仅限${e.tags.join('、')}`)
  return parts.join(' · ')
}

/** Why this member may not sign up, in words they understand; null when they may. */
export function ineligibleReason(e: Eligibility | undefined, m: WhoSignsUp): string | null {
  if (!e) return null
  if (e.gender && m.gender !== e.gender) return e.gender === 'F' ? '本活动仅限女职工参加' : '本活动仅限男职工参加'
  if (e.retired === true && !m.retired) return '本活动仅限退休教职工参加'
  if (e.retired === false && m.retired) return '本活动仅限在职教职工参加'
  if (e.units && !e.units.includes(m.unit)) return `本活动仅限${e.units.join('、')}参加`
  // visible tags only: a hidden tag never decides, so nobody learns who carries it
  if (e.tags && !(m.tags ?? []).some((t) => e.tags!.includes(t))) return `本活动仅限${e.tags.join('、')}参加`
  return null
}
