import type { TurnoutOutput } from '../../../types/ballot'
import { issuedMembers } from '../../_shared/anon/tokens'
import type { Ctx } from '../../_shared/ctx'
import { castCount, issuePurposesOf, type BallotDoc } from '../data/ballots'
import { electorateOf } from '../lib/electorate'
import { mustLoad } from './get'

/** How many have voted (counted, never named) and who has not even taken a ballot (to remind): never how anyone voted. */
export async function turnout(input: { id: string }, ctx: Ctx): Promise<TurnoutOutput> {
  return turnoutOf(ctx, await mustLoad(input.id, ctx))
}

/** The turnout of a ballot already loaded (the 未领票 export reads the same). */
export async function turnoutOf(ctx: Ctx, doc: BallotDoc): Promise<TurnoutOutput> {
  const [electorate, issued, voted] = await Promise.all([electorateOf(ctx.db, doc), Promise.all(issuePurposesOf(doc).map((p) => issuedMembers(ctx.db, p))), castCount(ctx.db, doc._id)])
  const took = new Set(issued.flat())
  const notTaken = electorate.filter((m) => !took.has(m._id)).map((m) => ({ memberId: m._id, name: m.name, unit: m.unit }))
  return { eligible: electorate.length, voted, taken: electorate.length - notTaken.length, notTaken }
}
