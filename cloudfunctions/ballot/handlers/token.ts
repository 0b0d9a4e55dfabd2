import type { TokenInput, TokenOutput } from '../../../types/ballot'
import { issueToken } from '../../_shared/anon/tokens'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { purposeOf } from '../data/ballots'
import { whyNot } from '../lib/electorate'
import { statusOf } from '../lib/view'
import { mustLoad } from './get'

/**
 * 领票, the identified step: one token per member of the electorate, signed blind. Phones take it
 * when they open the ballot (voting or not), so taking one says nothing about when, or whether, one votes.
 */
export async function token(input: TokenInput, ctx: Ctx): Promise<TokenOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (statusOf(doc, ctx.now()) === 'closed') throw new AppError('CLOSED', '投票已经结束')
  const why = whyNot(ctx.member, doc.electorate)
  if (why) throw new AppError('FORBIDDEN', why)
  return { blindSignature: await issueToken(ctx.db, purposeOf(doc._id), ctx.member!._id, input.blinded) }
}
