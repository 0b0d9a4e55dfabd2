import type { RemoveEventInput, RemoveEventOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadCompetition } from '../data/competitions'
import { entriesOfEvent, removeEntry } from '../data/entries'
import { deleteEvent, loadEvent } from '../data/events'
import { dropPlaces, personPlaces, release, unitPlaces } from '../data/places'
import { removeResultsOf } from '../data/results'

/**
 * Removes an event whose results are not published: its entries go, each athlete's place under
 * the person limit is given back, its unit counters and unpublished results are dropped. The event
 * itself goes last, so a call cut off half-way is finished by its retry.
 */
export async function removeEvent(input: RemoveEventInput, ctx: Ctx): Promise<RemoveEventOutput> {
  const event = await loadEvent(ctx, input.eventId)
  if (event.published) throw new AppError('CONFLICT', `${event.category}${event.name}的成绩已公布，不能删除`)
  const competition = await loadCompetition(ctx, event.competitionId)
  const entries = await entriesOfEvent(ctx.db, event._id)
  for (const e of entries) {
    await removeEntry(ctx.db, e._id)
    if (!event.team) await release(ctx, personPlaces(competition._id, e.memberId), event._id)
  }
  for (const unit of new Set([...competition.units, ...entries.map((e) => e.unit)])) await dropPlaces(ctx, unitPlaces(event._id, unit))
  const results = await removeResultsOf(ctx.db, event._id)
  await deleteEvent(ctx.db, event._id)
  return { removed: true, entries: entries.length, results }
}
