import type { ListCompetitionsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { COMPETITIONS, EVENTS, toCompetition, type CompetitionDoc, type EventDoc } from '../docs'

/** Every competition, newest first, with how many of its events are published. */
export async function list(_input: unknown, ctx: Ctx): Promise<ListCompetitionsOutput> {
  const comps = await getAll<CompetitionDoc>(ctx.db.collection(COMPETITIONS).orderBy('createdAt', 'desc'))
  if (comps.length === 0) return { items: [] }
  const events = await getAll<EventDoc>(
    ctx.db
      .collection(EVENTS)
      .where({ competitionId: ctx.db.command.in(comps.map((c) => c._id)) })
      .field({ competitionId: true, published: true })
  )
  const items = comps.map((c) => {
    const mine = events.filter((e) => e.competitionId === c._id)
    return { ...toCompetition(c), events: mine.length, published: mine.filter((e) => e.published).length }
  })
  return { items }
}
