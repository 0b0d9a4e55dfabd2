import type { AwardsInput, AwardsOutput } from '../../../types/competition'
import { participationOf } from '../../_shared/competition-entry/participation'
import type { Ctx } from '../../_shared/ctx'
import { bonusesOf } from '../data/bonuses'
import { loadCompetition } from '../data/competitions'
import { loadEvents } from '../data/events'
import { eventStandings, placingsOf } from '../lib/placings'
import { unitTable } from '../lib/table'
import { toCompetition } from '../lib/view'

/** 获奖名单: each published event's prize winners, and 团体总分 from the published results. */
export async function awards(input: AwardsInput, ctx: Ctx): Promise<AwardsOutput> {
  const competition = await loadCompetition(ctx, input.competitionId)
  const events = (await loadEvents(ctx, competition._id)).filter((e) => e.published)
  const list = events.map((ev) => ({
    eventId: ev._id,
    eventName: ev.name,
    category: ev.category,
    items: eventStandings(ev, competition)
      .filter((s) => s.prize)
      .map((s) => ({ place: s.place, unit: s.unit, name: s.name, display: s.display, prize: s.prize as string }))
  }))
  return {
    competition: toCompetition(competition),
    events: list,
    table: unitTable(competition.units, placingsOf(events, competition), await bonusesOf(ctx.db, competition._id), await participationOf(ctx.db, competition))
  }
}
