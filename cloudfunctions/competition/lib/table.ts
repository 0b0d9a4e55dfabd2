import type { TableRow } from '../../../types/competition'
import { roundPoints } from './points'

/** One entrant's outcome in one event, as the unit table counts it. */
export interface Placing {
  unit: string
  place: number
  points: number
}

/** 奖励分 for a unit (competition.bonus). */
export interface BonusPoints {
  unit: string
  points: number
}

/**
 * The unit table (团体总分): points summed, gold/silver/bronze counted from places 1–3 (ties
 * included, so 1, 1, 3 is two golds and a bronze), ordered by points, then golds, silvers, bronzes.
 * Units still equal share a place. Every unit of the competition is listed, scoreless ones too.
 * Bonus points count in the total and are summed apart too, for their own column.
 */
export function unitTable(units: readonly string[], placings: readonly Placing[], bonuses: readonly BonusPoints[] = [], participation?: readonly BonusPoints[]): TableRow[] {
  const rows = new Map<string, Omit<TableRow, 'place'>>()
  const row = (unit: string) => {
    let r = rows.get(unit)
    if (!r) rows.set(unit, (r = { unit, points: 0, bonus: 0, gold: 0, silver: 0, bronze: 0 }))
    return r
  }
  units.forEach(row)
  for (const p of placings) {
    const r = row(p.unit)
    r.points += p.points
    if (p.place === 1) r.gold++
    else if (p.place === 2) r.silver++
    else if (p.place === 3) r.bronze++
  }
  for (const b of bonuses) {
    const r = row(b.unit)
    r.points += b.points
    r.bonus += b.points
  }
  // 参与分 counts in the total like a bonus, and is shown apart (every unit, 0 too) only when the competition counts it
  if (participation) {
    for (const r of rows.values()) r.participation = 0
    for (const p of participation) {
      const r = row(p.unit)
      r.points += p.points
      r.participation = (r.participation ?? 0) + p.points
    }
  }
  const order = new Map(units.map((u, i) => [u, i]))
  const key = (r: Omit<TableRow, 'place'>) => [r.points, r.gold, r.silver, r.bronze]
  const sorted = [...rows.values()]
    .map((r) => ({ ...r, points: roundPoints(r.points), bonus: roundPoints(r.bonus), ...(r.participation !== undefined ? { participation: roundPoints(r.participation) } : {}) }))
    .sort((a, b) => compareKeys(key(b), key(a)) || (order.get(a.unit) ?? 1e9) - (order.get(b.unit) ?? 1e9))
  const out: TableRow[] = []
  sorted.forEach((item, i) => {
    const prev = out[i - 1]
    out.push({ ...item, place: prev && compareKeys(key(prev), key(item)) === 0 ? prev.place : i + 1 })
  })
  return out
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}
