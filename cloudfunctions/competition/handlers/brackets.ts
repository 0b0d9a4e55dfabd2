import type { BracketsInput, BracketsOutput } from '../../../types/competition-bracket'
import type { Ctx } from '../../_shared/ctx'
import { bracketsOf, loadBracket } from '../data/brackets'
import { newestCompetition } from '../data/competitions'
import { eventsByIds, loadEvent } from '../data/events'
import { bracketView } from '../lib/bracket/view'

/** The brackets of a competition (or one event), with live scores: members follow the games as they are played. */
export async function brackets(input: BracketsInput, ctx: Ctx): Promise<BracketsOutput> {
  if (input.eventId) {
    const event = await loadEvent(ctx, input.eventId)
    const doc = await loadBracket(ctx.db, event._id)
    return { items: doc ? [bracketView(doc, event.name, !event.published, ctx.now())] : [] }
  }
  const competitionId = input.competitionId ?? (await newestCompetition(ctx.db))?._id
  if (!competitionId) return { items: [] }
  const docs = await bracketsOf(ctx.db, competitionId)
  if (!docs.length) return { items: [] }
  const events = new Map(
    (
      await eventsByIds(
        ctx.db,
        docs.map((d) => d._id)
      )
    ).map((e) => [e._id, e])
  )
  return {
    items: docs
      .filter((d) => events.has(d._id))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((d) => {
        const ev = events.get(d._id)
        return bracketView(d, ev?.name ?? '', !ev?.published, ctx.now())
      })
  }
}
