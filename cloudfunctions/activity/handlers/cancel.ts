import type { CancelOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { nudgeCard } from '../data/cards'
import { giveBack } from '../data/counters'
import { signupId } from '../data/docs'
import { loadSignup, updateSignup } from '../data/signups'
import { fillFromWaitlist, tellPromoted } from '../data/waitlist'

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
  // the ledger says what the member holds: a promotion may have moved them up a moment ago,
  // ahead of their entry, so the entry's status is only the first guess
  let released: 'c' | 'w' | null = null
  for (const s of mine.status === 'confirmed' ? (['c', 'w'] as const) : (['w', 'c'] as const)) {
    if (await giveBack(ctx.db, a._id, mine.batch, mine.unit, me._id, s)) {
      released = s
      break
    }
  }
  await updateSignup(ctx.db, id, { status: 'cancelled', cancelledAt: now })
  // a place given back now, or by an earlier try that was cut off before it could promote anyone
  if (released !== 'w') await tellPromoted(ctx, a, await fillFromWaitlist(ctx, a._id, mine.batch))
  if (released === 'c') await nudgeCard(ctx, a)
  return { status: 'cancelled' }
}
