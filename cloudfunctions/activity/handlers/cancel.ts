import type { CancelOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { COUNTERS, loadActivity, SIGNUPS } from '../data/read'
import { fillFromWaitlist, tellPromoted } from '../data/waitlist'
import { signupId, type SignupDoc } from '../lib/docs'
import { holding, leave, touched } from '../lib/ledger'

/**
 * Gives the place back in one conditional update of the ledger (it matches only while the member
 * holds it, so a retried cancel gives nothing back twice), then fills it from the head of the
 * waitlist and tells whoever moved up.
 */
export async function cancel(input: IdInput, ctx: Ctx): Promise<CancelOutput> {
  const me = requireMember(ctx)
  const a = await loadActivity(ctx.db, input.id)
  const id = signupId(a._id, me._id)
  const mine = await getDoc<SignupDoc>(ctx.db, SIGNUPS, id)
  if (!mine) throw new AppError('NOT_FOUND', '你没有报名这个活动')
  if (mine.status === 'cancelled') return { status: 'cancelled' }
  const now = ctx.now().toISOString()
  if (now >= a.signupClosesAt) throw new AppError('CLOSED', '报名已截止，不能在线取消，请联系工会委员')
  const _ = ctx.db.command
  // the ledger says what the member holds: a promotion may have moved them up a moment ago,
  // ahead of their entry, so the entry's status is only the first guess
  let released: 'c' | 'w' | null = null
  for (const s of mine.status === 'confirmed' ? (['c', 'w'] as const) : (['w', 'c'] as const)) {
    const { stats } = await ctx.db
      .collection(COUNTERS)
      .where(holding(a._id, me._id, s))
      .update({ data: { ...leave(_, mine.batch, mine.unit, me._id, s), ...touched(ctx.db) } })
    if (stats.updated) {
      released = s
      break
    }
  }
  await ctx.db
    .collection(SIGNUPS)
    .doc(id)
    .update({ data: { status: 'cancelled', cancelledAt: now } })
  // a place given back now, or by an earlier try that was cut off before it could promote anyone
  if (released !== 'w') await tellPromoted(ctx, a, await fillFromWaitlist(ctx, a._id, mine.batch))
  return { status: 'cancelled' }
}
