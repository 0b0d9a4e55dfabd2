import type { Ballot } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { loadBallot, markClosed } from '../data/ballots'
import { electorateOf } from '../lib/electorate'
import { toBallot } from '../lib/view'
import { mustLoad } from './get'

/** Ends the vote now; closing twice changes nothing. */
export async function close(input: { id: string }, ctx: Ctx): Promise<Ballot> {
  const doc = await mustLoad(input.id, ctx)
  if (!doc.closedAt) await markClosed(ctx.db, doc._id, ctx.now().toISOString(), (await electorateOf(ctx.db, doc.electorate)).length)
  return toBallot((await loadBallot(ctx.db, doc._id)) ?? doc, ctx)
}
