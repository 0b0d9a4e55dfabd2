import { CARE_OCCASION_LABELS, HARDSHIP_LEVEL_LABELS, type CareOccasion } from '../../types/care'

export { CARE_OCCASION_LABELS, HARDSHIP_LEVEL_LABELS }

/** 五必访 first, as the union's rule lists them. */
export const OCCASION_OPTIONS = (Object.keys(CARE_OCCASION_LABELS) as CareOccasion[]).map((value) => ({ value, label: CARE_OCCASION_LABELS[value] }))

/** 1500 元: no thousands separator, which some phones' WebViews would not format */
export const yuan = (n: number) => `${n} 元`

/** One idempotency key per form filled in: a retried 提交 after a timeout records once. */
export const newRequestId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
