import type { z } from 'zod'
import type { LeaderboardInput, LeaderboardOutput } from '../../../types/competition'
import { participationOf } from '../../_shared/competition-entry/participation'
import type { Ctx } from '../../_shared/ctx'
import { bonusesOf } from '../data/bonuses'
import { loadCompetition } from '../data/competitions'
import { loadEvents } from '../data/events'
import { loadResults } from '../data/results'
import { requireView } from '../lib/access'
import { placingsOf } from '../lib/placings'
import { unitTable } from '../lib/table'

/** The unit table, recomputed from results every time: re-running it changes nothing. */
export async function leaderboard(input: z.output<typeof LeaderboardInput>, ctx: Ctx): Promise<LeaderboardOutput> {
  requireView(ctx, input.view)
  const competition = await loadCompetition(ctx, input.competitionId)
  const events = await loadEvents(ctx, competition._id)
  const draft = input.view === 'draft' ? await loadResults(ctx, { competitionId: competition._id }) : undefined
  return { items: unitTable(competition.units, placingsOf(events, competition, draft), await bonusesOf(ctx.db, competition._id), await participationOf(ctx.db, competition)) }
}
