import type { ListCompetitionsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { listCompetitions } from '../data/competitions'
import { publishedFlagsOf } from '../data/events'
import { toCompetition } from '../lib/view'

/** Every competition, newest first, with how many of its events are published. */
export async function list(_input: unknown, ctx: Ctx): Promise<ListCompetitionsOutput> {
  const comps = await listCompetitions(ctx.db)
  if (comps.length === 0) return { items: [] }
  const events = await publishedFlagsOf(
    ctx.db,
    comps.map((c) => c._id)
  )
  const items = comps.map((c) => {
    const mine = events.filter((e) => e.competitionId === c._id)
    return { ...toCompetition(c), events: mine.length, published: mine.filter((e) => e.published).length }
  })
  return { items }
}
