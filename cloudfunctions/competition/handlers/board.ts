import type { z } from 'zod'
import type { LiveBoardInput, LiveBoardOutput } from '../../../types/competition'
import { participationOf } from '../../_shared/competition-entry/participation'
import type { Ctx } from '../../_shared/ctx'
import { bonusesOf } from '../data/bonuses'
import { loadCompetition, newestCompetition } from '../data/competitions'
import { loadEvents } from '../data/events'
import { eventStandings, placingsOf } from '../lib/placings'
import { unitTable } from '../lib/table'
import { toCompetition } from '../lib/view'

/** The live board: the latest published events' top places and the unit table, published results only. */
export async function board(input: z.output<typeof LiveBoardInput>, ctx: Ctx): Promise<LiveBoardOutput> {
  const competition = input.competitionId ? await loadCompetition(ctx, input.competitionId) : await newestCompetition(ctx.db)
  if (!competition) return { competition: null, latest: [], table: [], events: { total: 0, published: 0 }, published: [], open: [], bonuses: [] }
  const [events, bonuses, participation] = await Promise.all([loadEvents(ctx, competition._id), bonusesOf(ctx.db, competition._id), participationOf(ctx.db, competition)])
  const published = events.filter((e) => e.published)
  const latest = [...published]
    .sort((a, b) => (b.published?.at ?? '').localeCompare(a.published?.at ?? ''))
    .slice(0, input.latest)
    .map((ev) => ({
      eventId: ev._id,
      eventName: ev.name,
      category: ev.category,
      kind: ev.kind,
      publishedAt: ev.published?.at as string,
      top: eventStandings(ev, competition).filter((s) => s.place <= 3)
    }))
  return {
    competition: toCompetition(competition),
    latest,
    table: unitTable(competition.units, placingsOf(published, competition), bonuses, participation),
    events: { total: events.length, published: published.length },
    published: published.map((e) => ({ eventId: e._id, eventName: e.name, category: e.category })),
    // selfEnter closes once results are recorded (lib/self-entry.ts)
    open: events.filter((e) => !e.published && e.version === 0).map((e) => ({ eventId: e._id, eventName: e.name, category: e.category })),
    bonuses: bonuses.map((b) => ({ id: b._id, unit: b.unit, points: b.points, reason: b.reason }))
  }
}
