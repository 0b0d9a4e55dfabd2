import type { Standing } from '../../../types/competition'
import type { CompetitionDoc, EventDoc, PublishedResult, ResultDoc } from '../data/docs'
import { standings } from './standings'
import type { Placing } from './table'

export function entrantsOf(results: readonly ResultDoc[]): PublishedResult[] {
  return results.map(({ unit, name, memberId, value, display, scores }) => ({ unit, name, value, display, ...(memberId ? { memberId } : {}), ...(scores ? { scores } : {}) }))
}

/** Standings of one event from its published snapshot, or from draft results when given. */
export function eventStandings(event: EventDoc, competition: CompetitionDoc, draft?: readonly ResultDoc[]): Standing[] {
  const entrants = draft ? entrantsOf(draft) : (event.published?.results ?? [])
  return standings(entrants, event, competition.units)
}

/** Every placing of a competition, recomputed from results: the unit table's input. */
export function placingsOf(events: readonly EventDoc[], competition: CompetitionDoc, draftResults?: readonly ResultDoc[]): Placing[] {
  const byEvent = new Map<string, ResultDoc[]>()
  for (const r of draftResults ?? []) {
    const list = byEvent.get(r.eventId)
    if (list) list.push(r)
    else byEvent.set(r.eventId, [r])
  }
  const out: Placing[] = []
  for (const ev of events) {
    const rows = eventStandings(ev, competition, draftResults ? (byEvent.get(ev._id) ?? []) : undefined)
    for (const s of rows) out.push({ unit: s.unit, place: s.place, points: s.points })
  }
  return out
}
