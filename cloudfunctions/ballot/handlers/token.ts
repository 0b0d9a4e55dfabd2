import type { TokenInput, TokenOutput } from '../../../types/ballot'
import { issuedId, issueToken } from '../../_shared/anon/tokens'
import { ANON_ISSUED } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { groupPurposeOf, purposeOf } from '../data/ballots'
import { groupOf, whyNotNow } from '../lib/electorate'
import { statusOf } from '../lib/view'
import { mustLoad } from './get'

/**
 * 领票, the identified step: one token per member of the electorate, signed blind. Phones take it
 * when they open the ballot (voting or not), so taking one says nothing about when, or whether, one votes.
 * With rater groups the member's group is decided here, where identity is known, and the token is
 * signed with that group's key: the ballot later proves its group and nothing more.
 */
export async function token(input: TokenInput, ctx: Ctx): Promise<TokenOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (statusOf(doc, ctx.now()) === 'closed') throw new AppError('CLOSED', '投票已经结束')
  const why = await whyNotNow(ctx.db, ctx.member, doc)
  if (why) throw new AppError('FORBIDDEN', why)
  const me = ctx.member!
  if (!doc.raterGroups) return { blindSignature: await issueToken(ctx.db, purposeOf(doc._id), me._id, input.blinded) }
  const k = groupOf(me, doc.raterGroups)
  // tags changed since an earlier 领票 would put the member in another group: still one token per member
  for (let other = 0; other < doc.raterGroups.length; other++) {
    if (other !== k && (await getDoc(ctx.db, ANON_ISSUED, issuedId(groupPurposeOf(doc._id, other), me._id), { _id: true })))
      throw new AppError('CONFLICT', '你已经以另一个评议组的身份领过选票（每人一张），请在原来的手机上评议')
  }
  return { blindSignature: await issueToken(ctx.db, groupPurposeOf(doc._id, k), me._id, input.blinded) }
}
