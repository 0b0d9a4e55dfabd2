import type { z } from 'zod'
import type { StandingsInput, StandingsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { loadCompetition } from '../data/competitions'
import { loadEvent } from '../data/events'
import { loadResults } from '../data/results'
import { requireView } from '../lib/access'
import { eventStandings } from '../lib/placings'
import { toEvent } from '../lib/view'

/** An event's places and points: as published, or (officers) as recorded now. */
export async function standings(input: z.output<typeof StandingsInput>, ctx: Ctx): Promise<StandingsOutput> {
  requireView(ctx, input.view)
  const event = await loadEvent(ctx, input.eventId, { forMembers: true })
  const competition = await loadCompetition(ctx, event.competitionId)
  const draft = input.view === 'draft' ? await loadResults(ctx, { eventId: event._id }) : undefined
  return { event: toEvent(event), items: eventStandings(event, competition, draft) }
}
