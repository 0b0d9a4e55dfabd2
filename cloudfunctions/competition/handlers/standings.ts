import type { z } from 'zod'
import type { StandingsInput, StandingsOutput } from '../../../types/competition'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { loadCompetition } from '../data/competitions'
import { loadEvent } from '../data/events'
import { loadResults } from '../data/results'
import { requireView } from '../lib/access'
import { eventStandings } from '../lib/placings'
import { toEvent } from '../lib/view'

/**
 * An event's places and points: as published, or (officers) as recorded now. An officer who names no
 * view gets what there is to see: the recorded results until the chair publishes (DESIGN.md's
 * standings takes only eventId, and an officer who has just recorded expects the places).
 */
export async function standings(input: z.output<typeof StandingsInput>, ctx: Ctx): Promise<StandingsOutput> {
  if (input.view) requireView(ctx, input.view)
  const event = await loadEvent(ctx, input.eventId, { forMembers: true })
  const competition = await loadCompetition(ctx, event.competitionId)
  const view = input.view ?? (!event.published && isAtLeast(ctx.role, 'officer') ? 'draft' : 'published')
  const draft = view === 'draft' ? await loadResults(ctx, { eventId: event._id }) : undefined
  return { event: toEvent(event), items: eventStandings(event, competition, draft) }
}
