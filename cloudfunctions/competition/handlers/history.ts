import type { ResultHistoryInput, ResultHistoryOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { loadEvent } from '../data/events'
import { loadResults } from '../data/results'

/** Every recording and correction of an event's results, newest first: who, when, old → new. */
export async function history(input: ResultHistoryInput, ctx: Ctx): Promise<ResultHistoryOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const results = await loadResults(ctx, { eventId: event._id })
  // each result's history is oldest first; reversed, a stable sort keeps corrections made in the same
  // millisecond newest first too
  const items = results.flatMap((r) => r.history.map((h) => ({ resultId: r._id, unit: r.unit, name: r.name, ...h })).reverse())
  items.sort((a, b) => b.at.localeCompare(a.at) || a.unit.localeCompare(b.unit))
  return { items }
}
