import type { PublishResultsInput, PublishResultsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { loadEvent, txLoadEvent, txUpdateEvent } from '../data/events'
import { loadResults } from '../data/results'
import { actorName } from '../lib/access'
import { entrantsOf } from '../lib/placings'

const CHANGED = '成绩在审核后又有录入或更正，请刷新后重新审核'

/**
 * The chair publishes an event's results as they stand: members then see this snapshot, and a later
 * correction waits for the next review instead of reaching members unreviewed.
 */
export async function publish(input: PublishResultsInput, ctx: Ctx): Promise<PublishResultsOutput> {
  const event = await loadEvent(ctx, input.eventId)
  if (input.version !== undefined && input.version !== event.version) throw new AppError('CONFLICT', CHANGED)
  const results = await loadResults(ctx, { eventId: event._id })
  if (results.length === 0) throw new AppError('CONFLICT', `${event.name}还没有成绩，无法公布`)
  const at = ctx.now().toISOString()
  const published = { at, by: actorName(ctx), version: event.version, results: entrantsOf(results) }
  await withTransaction(ctx.db, async (tx) => {
    // a result recorded between reading the results and now would be published unseen
    const ev = await txLoadEvent(tx, event._id)
    if (!ev || ev.version !== event.version) throw new AppError('CONFLICT', CHANGED)
    await txUpdateEvent(tx, event._id, { published: ctx.db.command.set(published), updatedAt: at })
  })
  return { eventId: event._id, publishedAt: at, version: event.version, results: results.length }
}
