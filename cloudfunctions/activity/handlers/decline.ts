import type { DeclineOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember, type MemberDoc } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { signupId, type ActivityDoc, type SignupDoc } from '../data/docs'
import { release } from '../data/leave'
import { loadSignup, updateSignup } from '../data/signups'
import { withdrawChosen } from '../data/entries'

/**
 * 放弃: leaves at any time (cancel after the close comes here) — a confirmed place, an offer
 * or the waitlist; the place goes on to the next waiting. Only a lottery's entry between the
 * close and the draw stays: the entrants are fixed for the draw until it is done.
 */
export async function decline(input: IdInput, ctx: Ctx): Promise<DeclineOutput> {
  const me = requireMember(ctx)
  const a = await loadActivity(ctx.db, input.id)
  const mine = await loadSignup(ctx.db, signupId(a._id, me._id))
  if (!mine) throw new AppError('NOT_FOUND', '你没有报名这个活动')
  if (mine.status === 'cancelled') return { status: 'cancelled' }
  return giveUp(ctx, a, mine, me, ctx.now().toISOString())
}

/** The member's sign-up `mine` (not cancelled) given up at `now`: decline's work, and cancel's after the close. */
export async function giveUp(ctx: Ctx, a: ActivityDoc, mine: SignupDoc, me: MemberDoc, now: string): Promise<DeclineOutput> {
  if (now >= (a.endAt ?? a.startAt)) throw new AppError('CLOSED', a.endAt ? '活动已经结束，不能再取消报名' : '活动已经开始，不能再取消报名')
  if (mine.status === 'entered') {
    if (now >= a.signupClosesAt) throw new AppError('CLOSED', '报名已截止，正等待抽签；抽签结果出来后可以放弃')
    await updateSignup(ctx.db, mine._id, { status: 'cancelled', cancelledAt: now, leftBy: 'declined' })
    await withdrawChosen(ctx, a, me._id, me.name, now)
    return { status: 'cancelled' }
  }
  await release(ctx, a, mine, { status: 'cancelled', cancelledAt: now, leftBy: 'declined' })
  await withdrawChosen(ctx, a, me._id, me.name, now)
  return { status: 'cancelled' }
}
