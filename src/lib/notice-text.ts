import { ROLE_LABEL } from './labels'
import { NOTICE_CATEGORY_LABELS, type NoticeAudience, type NoticeCategory } from '../../types/notice'

export const CATEGORIES = Object.keys(NOTICE_CATEGORY_LABELS) as NoticeCategory[]
export const categoryLabel = (c: NoticeCategory) => NOTICE_CATEGORY_LABELS[c]

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * An instant as the union reads it, in Beijing time whatever the phone's zone. China keeps no
 * daylight saving, so a fixed +8 h is exact and needs no Intl time-zone data (absent on some phones).
 */
export function beijingTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600 * 1000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export const beijingDate = (iso: string) => beijingTime(iso).slice(0, 10)

/** Blank lines (or single line breaks) separate paragraphs of a plain-text body. */
export const paragraphs = (body: string): string[] =>
  body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)

export function audienceText(a: NoticeAudience | null | undefined): string {
  if (!a || (!a.units?.length && !a.roles?.length)) return '全体会员'
  return [...(a.units ?? []), ...(a.roles ?? []).map((r) => `全体${ROLE_LABEL[r]}`)].join('、')
}
