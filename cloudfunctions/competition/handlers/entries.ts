import type { EventEntriesInput, EventEntriesOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { loadCompetition } from '../data/competitions'
import { entriesOfEvent } from '../data/entries'
import { loadEvent } from '../data/events'
import { toEvent } from '../lib/view'

const collator = new Intl.Collator('zh-CN')

/** Who is entered in an event, by unit: the officers' list to record results against. */
export async function entries(input: EventEntriesInput, ctx: Ctx): Promise<EventEntriesOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const docs = await entriesOfEvent(ctx.db, event._id)
  const items = docs
    .sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
    .map((d) => ({ id: d._id, eventId: d.eventId, memberId: d.memberId, name: d.name, unit: d.unit, createdAt: d.createdAt }))
  return { event: toEvent(event), units: competition.units, items }
}
