import type { TurnoutOutput } from '../../../types/ballot'
import { issuedMembers } from '../../_shared/anon/tokens'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { castCount, issuePurposesOf, type BallotDoc } from '../data/ballots'
import { electorateOf } from '../lib/electorate'
import { mustLoad } from './get'

type Named = Required<TurnoutOutput>

/**
 * DESIGN: the turnout is live for the electorate (and the officers who run the day): two counts.
 * The chair alone also sees who has not even taken a ballot (whom to remind), never how anyone voted.
 */
export async function turnout(input: { id: string }, ctx: Ctx): Promise<TurnoutOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (ctx.role === 'chair') return turnoutOf(ctx, doc)
  const [electorate, voted] = await Promise.all([electorateOf(ctx.db, doc), castCount(ctx.db, doc._id)])
  // the electorate as it stands now (a 代表 checked in late is in it), the same list the count is of
  if (ctx.role !== 'officer' && !electorate.some((m) => m._id === ctx.member?._id)) throw new AppError('FORBIDDEN', '只有这次投票的投票人可以查看投票进度')
  return { eligible: electorate.length, voted }
}

/** The chair's turnout of a ballot already loaded (the 未领票 export reads the same). */
export async function turnoutOf(ctx: Ctx, doc: BallotDoc): Promise<Named> {
  const [electorate, issued, voted] = await Promise.all([electorateOf(ctx.db, doc), Promise.all(issuePurposesOf(doc).map((p) => issuedMembers(ctx.db, p))), castCount(ctx.db, doc._id)])
  const took = new Set(issued.flat())
  const notTaken = electorate.filter((m) => !took.has(m._id)).map((m) => ({ memberId: m._id, name: m.name, unit: m.unit }))
  return { eligible: electorate.length, voted, taken: electorate.length - notTaken.length, notTaken }
}
