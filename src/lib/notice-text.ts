import { ROLE_LABEL } from './labels'
import { NOTICE_CATEGORY_LABELS, type NoticeAudience, type NoticeCategory } from '../../types/notice'

export const CATEGORIES = Object.keys(NOTICE_CATEGORY_LABELS) as NoticeCategory[]
export const categoryLabel = (c: NoticeCategory) => NOTICE_CATEGORY_LABELS[c]

export { beijingDate, beijingTime } from './beijing'

/** Blank lines (or single line breaks) separate paragraphs of a plain-text body. */
export const paragraphs = (body: string): string[] =>
  body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)

export function audienceText(a: NoticeAudience | null | undefined): string {
  if (!a || (!a.units?.length && !a.roles?.length && !a.tags?.length)) return '全体会员'
  const who = [...(a.units ?? []), ...(a.roles ?? []).map((r) => `全体${ROLE_LABEL[r]}`)].join('、')
  const tags = (a.tags ?? []).join('、')
  return who && tags ? `${who}中的${tags}` : who || `全体${tags}`
}
