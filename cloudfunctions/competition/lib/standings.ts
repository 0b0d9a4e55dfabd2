import type { EventKind, Prizes, Standing } from '../../../types/competition'
import { sharePoints } from './points'
import { prizeFor } from './prize'
import { rank } from './rank'

/** One entrant's result as stored (or as published), before ranking. */
export interface Entrant {
  unit: string
  name: string
  memberId?: string
  value: number
  display: string
  scores?: number[]
}

export interface RankingRules {
  kind: EventKind
  points: readonly number[]
  prizes: Prizes
  /** a ball game: results are final places, lower is better */
  bracket?: unknown
}

const collator = new Intl.Collator('zh-CN')

/** Places, shared points and prizes of an event's entrants, best first. Timed: lower is better. */
export function standings(entrants: readonly Entrant[], rules: RankingRules, unitOrder: readonly string[] = []): Standing[] {
  const order = new Map(unitOrder.map((u, i) => [u, i]))
  const ranked = rank(
    entrants,
    (e) => e.value,
    rules.kind === 'timed' || rules.bracket ? 'lower' : 'higher',
    (a, b) => (order.get(a.unit) ?? 1e9) - (order.get(b.unit) ?? 1e9) || collator.compare(a.name, b.name)
  )
  const points = sharePoints(
    ranked.map((r) => r.place),
    rules.points
  )
  return ranked.map(({ item, place }, i) => {
    const s: Standing = { place, unit: item.unit, name: item.name, value: item.value, display: item.display, points: points[i] }
    if (item.memberId) s.memberId = item.memberId
    if (item.scores) s.scores = item.scores
    const prize = prizeFor(place, rules.prizes)
    if (prize) s.prize = prize
    return s
  })
}
