import type { RosterEntry, Turnout } from '../../../types/activity'

const collator = new Intl.Collator('zh-CN')

/** 报名人数 / 实到人数 per unit, from the confirmed entries. */
export function turnoutOf(confirmed: Pick<RosterEntry, 'unit' | 'attended'>[]): Turnout[] {
  const by = new Map<string, Turnout>()
  for (const e of confirmed) {
    const t = by.get(e.unit) ?? { unit: e.unit, signedUp: 0, attended: 0 }
    t.signedUp += 1
    if (e.attended) t.attended += 1
    by.set(e.unit, t)
  }
  return [...by.values()].sort((a, b) => collator.compare(a.unit, b.unit))
}
