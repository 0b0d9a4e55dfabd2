import type { CancelOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { signupId } from '../data/docs'
import { release } from '../data/leave'
import { loadSignup } from '../data/signups'

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
  if (mine.status === 'cancelled') return { status: 'cancelled' }
  const now = ctx.now().toISOString()
  if (now >= a.signupClosesAt) throw new AppError('CLOSED', '报名已截止，不能在线取消，请联系工会委员')
  await release(ctx, a, mine, { status: 'cancelled', cancelledAt: now })
  return { status: 'cancelled' }
}
