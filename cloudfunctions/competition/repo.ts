import type { Standing } from '../../types/competition'
import { isAtLeast } from '../_shared/auth'
import type { Ctx } from '../_shared/ctx'
import { getAll, getDoc } from '../_shared/db'
import { AppError } from '../_shared/errors'
import { COMPETITIONS, EVENTS, RESULTS, type CompetitionDoc, type EventDoc, type PublishedResult, type ResultDoc } from './docs'
import { standings } from './lib/standings'
import type { Placing } from './lib/table'

export async function loadCompetition(ctx: Ctx, id: string): Promise<CompetitionDoc> {
  const doc = await getDoc<CompetitionDoc>(ctx.db, COMPETITIONS, id)
  if (!doc) throw new AppError('NOT_FOUND', '没有这个比赛，可能已被删除')
  return doc
}

/** The event, or NOT_FOUND; a member asking for an event not yet published is told so. */
export async function loadEvent(ctx: Ctx, id: string, opts: { forMembers?: boolean } = {}): Promise<EventDoc> {
  const doc = await getDoc<EventDoc>(ctx.db, EVENTS, id)
  if (!doc) throw new AppError('NOT_FOUND', '没有这个比赛项目')
  if (opts.forMembers && !isAtLeast(ctx.role, 'officer') && !doc.published) throw new AppError('NOT_FOUND', '该项目成绩尚未公布')
  return doc
}

export const loadEvents = (ctx: Ctx, competitionId: string): Promise<EventDoc[]> => getAll<EventDoc>(ctx.db.collection(EVENTS).where({ competitionId }).orderBy('createdAt', 'asc'))

export const loadResults = (ctx: Ctx, where: { eventId: string } | { competitionId: string }): Promise<ResultDoc[]> => getAll<ResultDoc>(ctx.db.collection(RESULTS).where(where))

/** draft: the results as recorded, for officers reviewing; published: what members may see. */
export function requireView(ctx: Ctx, view: 'published' | 'draft'): void {
  if (view === 'draft' && !isAtLeast(ctx.role, 'officer')) throw new AppError('FORBIDDEN', '成绩公布前只有委员和主席可以查看')
}

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

/** Who did it, for the correction history: the member's name, or 主席 for a chair by configuration. */
export const actorName = (ctx: Ctx): string => ctx.member?.name ?? (isAtLeast(ctx.role, 'chair') ? '主席' : '委员')
