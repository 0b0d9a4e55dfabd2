import type { CancelOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { signupId } from '../data/docs'
import { release } from '../data/leave'
import { loadSignup } from '../data/signups'
import { withdrawChosen } from '../data/entries'
import { giveUp } from './decline'

/**
 * Gives the place back in one conditional update of the ledger (it matches only while the member
 * holds it, so a retried cancel gives nothing back twice), then fills it from the head of the
 * waitlist and tells whoever moved up.
 */
export async function cancel(input: IdInput, ctx: Ctx): Promise<CancelOutput> {
  const me = requireMember(ctx)
  const a = await loadActivity(ctx.db, input.id)
  const id = signupId(a._id, me._id)
  const mine = await loadSignup(ctx.db, id)
  if (!mine) throw new AppError('NOT_FOUND', '你没有报名这个活动')
  const now = ctx.now().toISOString()
  // also on a retry of a cancel cut off before it took back the 参赛项目
  if (mine.status === 'cancelled') {
    await withdrawChosen(ctx, a, me._id, me.name, mine.cancelledAt ?? now)
    return { status: 'cancelled' }
  }
  // after the close a cancel is 放弃 (decline): the place goes on to the next waiting, and a lottery's
  // entry waits for its draw; DESIGN.md's cancel has no close of its own, and a member who falls ill
  // after the close must still be able to give the place back
  if (now >= a.signupClosesAt) return giveUp(ctx, a, mine, me, now)
  await release(ctx, a, mine, { status: 'cancelled', cancelledAt: now })
  await withdrawChosen(ctx, a, me._id, me.name, now)
  return { status: 'cancelled' }
}
