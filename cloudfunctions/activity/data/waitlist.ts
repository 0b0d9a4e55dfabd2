import type { Ctx } from '../../_shared/ctx'
import { loadMember } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { fitsQuota } from '../lib/counter'
import { holderKey } from '../lib/ledger'
import { pushTime } from '../lib/schedule'
import { holdForWaitlist, loadLimits, moveUp, releaseHold } from './counters'
import type { ActivityDoc, CounterDoc, SignupDoc } from './docs'
import { confirmWaitlisted, markTold, waitlistHead } from './signups'

/**
 * Fills free places of a batch from its waitlist in seq order. Each place is first held for the
 * waitlist by one conditional update (room, someone waiting); then the first waiting member who
 * fits their unit's quota takes it. Concurrent fills each start at the i-th of the first waiting
 * (i = how many places are being held), so they do not collide, and none is overtaken: a fill
 * that holds a place only ever gives it to the earliest member still waiting it can.
 */
export async function fillFromWaitlist(ctx: Pick<Ctx, 'db' | 'now'>, activityId: string, batch: string): Promise<SignupDoc[]> {
  const promoted: SignupDoc[] = []
  for (;;) {
    const limits = await loadLimits(ctx.db, activityId)
    if (!limits?.batches[batch]) return promoted
    const held = await holdForWaitlist(ctx.db, activityId, limits, batch)
    if (!held) return promoted
    const taken = await giveHeldPlace(ctx, held, batch)
    if (!taken) {
      await releaseHold(ctx.db, activityId, batch)
      return promoted
    }
    // 'left': they cancelled as they were moved up, and their cancel gave the place back
    if (taken !== 'left') promoted.push(taken)
  }
}

/** The held place goes to the earliest member still waiting who fits: answers them, or null for nobody. */
async function giveHeldPlace(ctx: Pick<Ctx, 'db' | 'now'>, held: CounterDoc, batch: string): Promise<SignupDoc | 'left' | null> {
  // how many places are held for the waitlist right now, this one included, minus one
  const slot = Math.max(0, (held.batches[batch].promoting ?? 1) - 1)
  for (let after = 0, first = true; ; first = false) {
    const head = await waitlistHead(ctx.db, held._id, batch, after)
    if (!head.length) return null
    after = head[head.length - 1].seq
    // the ledger read back with the hold says who still waits (an entry may lag its promotion)
    const waiting = head.filter((s) => held.h?.[holderKey(s.memberId)] === 'w' && fitsQuota(held, s.unit))
    // the places held now are owed to the first that many waiting: try those first, from this
    // fill's slot so concurrent fills spread out; only then anyone further down, in order
    const owed = first ? Math.min(slot + 1, waiting.length) : 0
    const start = owed ? slot % owed : 0
    for (const cand of [...waiting.slice(start, owed), ...waiting.slice(0, start), ...waiting.slice(owed)]) {
      // false: a concurrent fill moved them up first; the next one waiting is owed this place
      if (!(await moveUp(ctx.db, held, batch, cand.unit, cand.memberId))) continue
      const now = ctx.now().toISOString()
      // only while the entry still waits: a cancel that landed in between stays a cancel
      const moved = await confirmWaitlisted(ctx.db, cand._id, now)
      return moved ? { ...cand, status: 'confirmed', promotedAt: now } : 'left'
    }
  }
}

/**
 * Tells each promoted member once, spending one `activity` grant each (none: they see it in the
 * app). The entry is marked toldAt first, by a conditional update, so a fill and the reconcile
 * timer (which tells whoever a cut-off left untold) never both push.
 */
export async function tellPromoted(ctx: Pick<Ctx, 'db' | 'openapi' | 'log' | 'now'>, a: ActivityDoc, promoted: SignupDoc[]): Promise<void> {
  for (const s of promoted) {
    if (!(await markTold(ctx.db, s._id, ctx.now().toISOString()))) continue
    const m = await loadMember(ctx.db, s.memberId)
    if (!m) continue
    await pushOnce(ctx, m, 'activity', `pages/activity-detail/index?id=${a._id}`, {
      title: a.title,
      // short enough for a phrase field (≤ 5), a time WeChat accepts (with the year)
      status: '候补已转正',
      time: pushTime(a.startAt),
      place: a.place ?? ''
    })
  }
}
