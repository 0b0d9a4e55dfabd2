import type { Ctx } from '../../_shared/ctx'
import { loadMember } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { fitsQuota } from '../lib/counter'
import { holderKey } from '../lib/ledger'
import { pushTime } from '../lib/schedule'
import { holdForGuests, holdForWaitlist, loadLimits, moveUp, releaseHold } from './counters'
import type { ActivityDoc, CounterDoc, SignupDoc } from './docs'
import { confirmWaitlisted, markTold, waitingInOrder, waitlistHead, WAITLIST_PAGE } from './signups'

/** An offer's deadline: offerHours after the promotion. */
const offerDeadline = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString()

/**
 * Fills free places of a batch from its waitlist in seq order. Each place is first held for the
 * waitlist by one conditional update (room, someone waiting); then the earliest waiting member who
 * fits their unit's quota takes it, by a conditional update on the ledger (still waiting), so
 * concurrent fills that reach for the same member settle it: one moves them, the others go on to
 * the next. No fill ever skips ahead: spreading concurrent fills over the first few waiting let one
 * overtake a member whose promotion by another fill landed between its hold and its read of the
 * waitlist (3 runs in 15 of the 60-member crowd test promoted the 11th before the 10th).
 */
export async function fillFromWaitlist(ctx: Pick<Ctx, 'db' | 'now'>, activityId: string, batch: string, offerHours?: number, order?: string[]): Promise<SignupDoc[]> {
  const promoted: SignupDoc[] = []
  for (;;) {
    const limits = await loadLimits(ctx.db, activityId)
    if (!limits?.batches[batch]) return promoted
    const held = await holdForWaitlist(ctx.db, activityId, limits, batch)
    if (!held) return promoted
    const taken = await giveHeldPlace(ctx, held, batch, offerHours, order)
    if (!taken) {
      await releaseHold(ctx.db, activityId, batch)
      return promoted
    }
    // 'left': they cancelled as they were moved up, and their cancel gave the place back
    if (taken !== 'left') promoted.push(taken)
  }
}

/** The held place goes to the earliest member still waiting who fits: answers them, or null for nobody. */
/**
 * The held place goes to the earliest member still waiting who fits: answers them, or null for nobody.
 * order: a lottery's waitlist (member ids in draw order), served in that order instead of by turn.
 */
async function giveHeldPlace(ctx: Pick<Ctx, 'db' | 'now'>, held: CounterDoc, batch: string, offerHours?: number, order?: string[]): Promise<SignupDoc | 'left' | null> {
  for (let after = 0, page = 0; ; page++) {
    if (order && page * WAITLIST_PAGE >= order.length) return null
    const head = order ? await waitingInOrder(ctx.db, held._id, order.slice(page * WAITLIST_PAGE, (page + 1) * WAITLIST_PAGE)) : await waitlistHead(ctx.db, held._id, batch, after)
    if (!order && !head.length) return null
    if (!order) after = head[head.length - 1].seq
    // the ledger read back with the hold says who still waits (an entry may lag its promotion)
    for (const cand of head.filter((s) => held.h?.[holderKey(s.memberId)] === 'w' && fitsQuota(held, s.unit, sizeOf(held, s.memberId)))) {
      const size = sizeOf(held, cand.memberId)
      // a member with companions moves up only with room for all of them; else the next one may
      if (size > 1 && !(await holdForGuests(ctx.db, held._id, held, batch, size - 1))) continue
      // false: a concurrent fill moved them up first; the next one waiting is owed this place
      if (!(await moveUp(ctx.db, held, batch, cand.unit, cand.memberId, size))) {
        if (size > 1) await releaseHold(ctx.db, held._id, batch, size - 1)
        continue
      }
      const now = ctx.now()
      const offer = offerHours ? offerDeadline(now, offerHours) : undefined
      // only while the entry still waits: a cancel that landed in between stays a cancel
      const moved = await confirmWaitlisted(ctx.db, cand._id, now.toISOString(), offer)
      return moved ? { ...cand, status: offer ? 'offered' : 'confirmed', promotedAt: now.toISOString(), ...(offer ? { offerExpiresAt: offer } : {}) } : 'left'
    }
  }
}

/**
 * Tells each promoted member once, spending one `activity` grant each (none: they see it in the
 * app). The entry is marked toldAt first, by a conditional update, so a fill and the reconcile
 * timer (which tells whoever a cut-off left untold) never both push.
 */
/** Places a waitlisted member needs, by the ledger: themselves and their companions. */
const sizeOf = (c: CounterDoc, memberId: string) => 1 + (c.g?.[holderKey(memberId)] ?? 0)

export async function tellPromoted(ctx: Pick<Ctx, 'db' | 'openapi' | 'log' | 'now'>, a: ActivityDoc, promoted: SignupDoc[]): Promise<void> {
  for (const s of promoted) {
    if (!(await markTold(ctx.db, s._id, ctx.now().toISOString()))) continue
    const m = await loadMember(ctx.db, s.memberId)
    if (!m) continue
    await pushOnce(ctx, m, 'activity', `pages/activity-detail/index?id=${a._id}`, {
      title: a.title,
      // short enough for a phrase field (≤ 5), a time WeChat accepts (with the year)
      status: s.offerExpiresAt ? '请确认名额' : '候补已转正',
      // an offer's deadline is what the member must act on; the activity's time is on the page
      time: pushTime(s.offerExpiresAt ?? a.startAt),
      place: a.place ?? ''
    })
  }
}
