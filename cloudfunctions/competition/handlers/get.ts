import type { GetCompetitionInput, GetCompetitionOutput } from '../../../types/competition'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { loadCompetition } from '../data/competitions'
import { loadEvents } from '../data/events'
import { toCompetition, toEvent } from '../lib/view'

/** Members see only published events; officers see every event with its review status. */
export async function get(input: GetCompetitionInput, ctx: Ctx): Promise<GetCompetitionOutput> {
  const competition = await loadCompetition(ctx, input.competitionId)
  const events = await loadEvents(ctx, competition._id)
  const visible = isAtLeast(ctx.role, 'officer') ? events : events.filter((e) => e.published)
  return { competition: toCompetition(competition), events: visible.map(toEvent) }
}
