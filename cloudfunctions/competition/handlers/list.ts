import type { ListCompetitionsInput, ListCompetitionsOutput } from '../../../types/competition'
import { inUnionTz } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { listCompetitions } from '../data/competitions'
import { publishedFlagsOf } from '../data/events'
import { toCompetition } from '../lib/view'

/** The union's year of an instant: a competition created on 31 Dec 20:00 UTC belongs to the next Beijing year. */
const yearOf = (instant: string | Date) => inUnionTz(instant).year()

/**
 * The competitions (of `year` when given), newest first, with how many of their events are
 * published, and the years that have any, so past years stay reachable.
 */
export async function list(input: ListCompetitionsInput, ctx: Ctx): Promise<ListCompetitionsOutput> {
  const all = await listCompetitions(ctx.db)
  const years = [...new Set([yearOf(ctx.now()), ...all.map((c) => yearOf(c.createdAt))])].sort((a, b) => b - a)
  const comps = input.year === undefined ? all : all.filter((c) => yearOf(c.createdAt) === input.year)
  const asked = input.year === undefined ? {} : { year: input.year }
  if (comps.length === 0) return { items: [], years, ...asked }
  const events = await publishedFlagsOf(
    ctx.db,
    comps.map((c) => c._id)
  )
  const items = comps.map((c) => {
    const mine = events.filter((e) => e.competitionId === c._id)
    return { ...toCompetition(c), events: mine.length, published: mine.filter((e) => e.published).length }
  })
  return { items, years, ...asked }
}
