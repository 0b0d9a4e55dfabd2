import type { PlanItem, PlanKind, PlanRow } from '../../../types/report'

/** Something that happened: an activity held, a competition, a notice published, a ballot opened. */
export interface Happening {
  kind: Exclude<PlanKind, 'any'>
  title: string
  /** YYYY-MM-DD, Beijing */
  date: string
}

const norm = (s: string) => s.replace(/[\s\p{P}\p{S}\d年月日第届]/gu, '')
const bigrams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2))

/**
 * A plan line and a title are the same thing when most of the plan's two-character pieces occur in
 * the title (「春季运动会」 matches 「2027年春季教职工运动会」), or one contains the other; years,
 * numbers and punctuation are ignored. A one-character plan needs the title to contain it.
 */
export function sameThing(plan: string, title: string): boolean {
  const a = norm(plan)
  const b = norm(title)
  if (!a || !b) return false
  if (b.includes(a) || a.includes(b)) return true
  const grams = bigrams(a)
  if (!grams.length) return false
  return grams.filter((g) => b.includes(g)).length / grams.length >= 0.6
}

/** Each plan item with what it was matched to in its month (each happening serves one item at most). */
export function planAgainstDone(year: number, items: PlanItem[], happened: Happening[]): PlanRow[] {
  const used = new Set<Happening>()
  return items.map((item) => {
    const month = `${year}-${String(item.month).padStart(2, '0')}`
    const hit = happened.find((h) => !used.has(h) && h.date.startsWith(month) && (item.kind === 'any' || item.kind === h.kind) && sameThing(item.title, h.title))
    if (hit) used.add(hit)
    return { ...item, done: hit ? { kind: hit.kind, title: hit.title, date: hit.date } : null }
  })
}
