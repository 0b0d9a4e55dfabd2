import type { CancelOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { getDoc, txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { COUNTERS, loadActivity, SIGNUPS } from '../data/read'
import { fillFromWaitlist, promoteInTx, tellPromoted, waitlistHead, withoutId } from '../data/waitlist'
import { batchHasRoom, release, type CounterDoc } from '../lib/counter'
import { signupId, type SignupDoc } from '../lib/docs'

/**
 * Gives the place back and, in the same transaction, promotes the first on the waitlist whose
 * unit is under its quota; then tells them. A retried cancel changes nothing more.
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
  const head = mine.status === 'confirmed' ? await waitlistHead(ctx.db, a._id, mine.batch) : []
  const result = await withTransaction(ctx.db, async (tx) => {
    const [s, c] = await Promise.all([txGetDoc<SignupDoc>(tx, SIGNUPS, id), txGetDoc<CounterDoc>(tx, COUNTERS, a._id)])
    if (!s || s.status === 'cancelled') return { promoted: [] as SignupDoc[], room: false }
    if (!c) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
    release(c, s.batch, s.unit, s.status)
    await tx.collection(SIGNUPS).doc(id).update({ data: { status: 'cancelled', cancelledAt: now } })
    const promoted = s.status === 'confirmed' ? await promoteInTx(tx, c, s.batch, head, now) : []
    await tx.collection(COUNTERS).doc(a._id).set({ data: withoutId(c) })
    return { promoted, room: batchHasRoom(c, s.batch) && c.batches[s.batch].waitlisted > 0 }
  })
  // the head read before the transaction was all taken or over quota: look further down the list
  const more = result.room ? await fillFromWaitlist(ctx, a._id, mine.batch) : []
  await tellPromoted(ctx, a, [...result.promoted, ...more])
  return { status: 'cancelled' }
}
