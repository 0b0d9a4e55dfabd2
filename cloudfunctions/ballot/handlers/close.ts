import type { Ballot } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { delegateCount } from '../../_shared/meeting-presence'
import { loadBallot, markClosed } from '../data/ballots'
import { electorateOf } from '../lib/electorate'
import { toBallot } from '../lib/view'
import { mustLoad } from './get'

/** Ends the vote now and freezes the electorate's size (for presentAt: who had checked in by now); closing twice changes nothing. */
export async function close(input: { id: string }, ctx: Ctx): Promise<Ballot> {
  const doc = await mustLoad(input.id, ctx)
  if (!doc.closedAt) {
    const [electorate, delegates] = await Promise.all([electorateOf(ctx.db, doc), doc.electorate.presentAt ? delegateCount(ctx.db) : undefined])
    await markClosed(ctx.db, doc._id, ctx.now().toISOString(), electorate.length, delegates)
  }
  return toBallot((await loadBallot(ctx.db, doc._id)) ?? doc, ctx)
}
