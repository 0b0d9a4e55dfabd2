import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { nudgeCard } from '../data/cards'
import { giveBack, sizeHeld } from '../data/counters'
import { expiredOffers, moveOn } from '../data/signups'
import { fillFromWaitlist, tellPromoted } from '../data/waitlist'
import { loadDraw, undrawnLotteries, waitOrderOf } from '../data/lottery'
import { applyDraw } from './draw-places'

/**
 * Timer `offers` (every minute): an offer not confirmed by its deadline passes on to the next
 * waiting. The place is given back first, by the conditional update of the ledger that matches
 * only while the member still holds it: of several runs at once (a re-fired or overlapping timer)
 * exactly one gives it back and passes it on, the others change nothing. The entry is marked
 * after; a run cut off between the two leaves it for reconcile, which marks it from the ledger.
 */
export async function expireOffers(_event: unknown, ctx: Ctx): Promise<{ expired: number; promoted: number }> {
  const now = ctx.now().toISOString()
  const over = timeUp(ctx.remainingMs)
  // a draw whose entry updates outlasted its call: finished here (the result stands as stored)
  for (const a of await undrawnLotteries(ctx.db, now)) {
    if (over()) break
    const d = await loadDraw(ctx.db, a._id)
    if (d?.result) await applyDraw(ctx, a, d.result)
  }
  let expired = 0
  let promoted = 0
  for (const s of await expiredOffers(ctx.db, now)) {
    if (over()) break
    const a = await loadActivity(ctx.db, s.activityId)
    const size = await sizeHeld(ctx.db, a._id, s.memberId)
    if (!(await giveBack(ctx.db, a._id, s.batch, s.unit, s.memberId, 'c', size))) continue
    await moveOn(ctx.db, s._id, 'offered', { status: 'cancelled', cancelledAt: now, leftBy: 'expired' })
    expired++
    const next = await fillFromWaitlist(ctx, a._id, s.batch, a.offerHours, await waitOrderOf(ctx.db, a))
    promoted += next.length
    await tellPromoted(ctx, a, next)
    await nudgeCard(ctx, a)
  }
  return { expired, promoted }
}
