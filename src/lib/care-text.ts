import { CARE_OCCASION_LABELS, HARDSHIP_LEVEL_LABELS, type CareAudience, type CareOccasion } from '../../types/care'

export { CARE_OCCASION_LABELS, HARDSHIP_LEVEL_LABELS }

/** 五必访 first, as the union's rule lists them. */
export const OCCASION_OPTIONS = (Object.keys(CARE_OCCASION_LABELS) as CareOccasion[]).map((value) => ({ value, label: CARE_OCCASION_LABELS[value] }))

/** 1500 元: no thousands separator, which some phones' WebViews would not format */
export const yuan = (n: number) => `${n} 元`

/** A distribution's audience in words, for the confirm dialog and the picker: 语文组、数学组中带「新教师」标签的退休会员. */
export function audienceText(a: CareAudience | null | undefined): string {
  const units = a?.units?.length ? a.units.join('、') : '全体'
  const tags = a?.tags?.length ? `中带「${a.tags.join('」或「')}」标签的` : ''
  const who = a?.retired === true ? '退休会员' : a?.retired === false ? '在职会员' : '在册会员'
  return `${units}${tags || (a?.units?.length ? '的' : '')}${who}`
}
