import type { Ctx } from '../../_shared/ctx'
import { type Database, getDoc, updateAndReturn } from '../../_shared/db'
import type { MemberDoc } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { fitsQuota, type CounterDoc } from '../lib/counter'
import { canTakeHeld, holderKey, releaseReserved, reservePlace, roomToPromote, takeHeld, touched } from '../lib/ledger'
import type { ActivityDoc, SignupDoc } from '../lib/docs'
import { pushTime } from '../lib/schedule'
import { COUNTERS, SIGNUPS } from './read'

const PAGE = 20

/** The head of a batch's waitlist in seq order (entries: one may lag its promotion in the ledger). */
async function waitlistHead(db: Database, activityId: string, batch: string, afterSeq = 0): Promise<SignupDoc[]> {
  const { data } = await db
    .collection(SIGNUPS)
    .where({ activityId, batch, status: 'waitlisted', seq: db.command.gt(afterSeq) })
    .orderBy('seq', 'asc')
    .limit(PAGE)
    .get()
  return data as unknown as SignupDoc[]
}

/**
 * Fills free places of a batch from its waitlist in seq order. Each place is first held for the
 * waitlist by one conditional update (room, someone waiting); then the first waiting member who
 * fits their unit's quota takes it. Concurrent fills each start at the i-th of the first waiting
 * (i = how many places are being held), so they do not collide, and none is overtaken: a fill
 * that holds a place only ever gives it to the earliest member still waiting it can.
 */
export async function fillFromWaitlist(ctx: Pick<Ctx, 'db' | 'now'>, activityId: string, batch: string): Promise<SignupDoc[]> {
  const _ = ctx.db.command
  const counters = ctx.db.collection(COUNTERS)
  const promoted: SignupDoc[] = []
  for (;;) {
    const limits = await loadLimits(ctx.db, activityId)
    if (!limits?.batches[batch]) return promoted
    const held = await updateAndReturn<CounterDoc>(counters.where(roomToPromote(_, activityId, limits, batch)), { ...reservePlace(_, batch), ...touched(ctx.db) })
    if (!held) return promoted
    const taken = await giveHeldPlace(ctx, held, batch)
    if (!taken) {
      await counters.doc(activityId).update({ data: { ...releaseReserved(_, batch), ...touched(ctx.db) } })
      return promoted
    }
    // 'left': they cancelled as they were moved up, and their cancel gave the place back
    if (taken !== 'left') promoted.push(taken)
  }
}

/** The held place goes to the earliest member still waiting who fits: answers them, or null for nobody. */
async function giveHeldPlace(ctx: Pick<Ctx, 'db' | 'now'>, held: CounterDoc, batch: string): Promise<SignupDoc | 'left' | null> {
  const _ = ctx.db.command
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
      const { stats } = await ctx.db
        .collection(COUNTERS)
        .where(canTakeHeld(_, held._id, held, cand.unit, cand.memberId))
        .update({ data: { ...takeHeld(_, batch, cand.unit, cand.memberId), ...touched(ctx.db) } })
      // 0: a concurrent fill moved them up first; the next one waiting is owed this place
      if (stats.updated === 0) continue
      const now = ctx.now().toISOString()
      // only while the entry still waits: a cancel that landed in between stays a cancel
      const moved = await ctx.db
        .collection(SIGNUPS)
        .where({ _id: cand._id, status: 'waitlisted' })
        .update({ data: { status: 'confirmed', promotedAt: now } })
      return moved.stats.updated ? { ...cand, status: 'confirmed', promotedAt: now } : 'left'
    }
  }
}

/** A fresh turn (seq) for an entry rebuilt after a cut-off: never one another entry has. */
export async function newTurn(ctx: Pick<Ctx, 'db'>, activityId: string): Promise<number> {
  const c = await updateAndReturn<CounterDoc>(ctx.db.collection(COUNTERS).where({ _id: activityId }), { nextSeq: ctx.db.command.inc(1), ...touched(ctx.db) })
  if (!c) throw new Error(`no ledger for activity ${activityId}`)
  return c.nextSeq - 1
}

/** The ledger's counts and limits without its holders (which grow with the sign-ups). */
const loadLimits = (db: Database, activityId: string) => getDoc<CounterDoc>(db, COUNTERS, activityId, { batches: true, quotas: true, units: true })

export const withoutId = <T extends { _id: string }>(d: T): Omit<T, '_id'> => {
  const { _id, ...rest } = d
  return rest
}

/**
 * Tells each promoted member once, spending one `activity` grant each (none: they see it in the
 * app). The entry is marked toldAt first, by a conditional update, so a fill and the reconcile
 * timer (which tells whoever a cut-off left untold) never both push.
 */
export async function tellPromoted(ctx: Pick<Ctx, 'db' | 'openapi' | 'log' | 'now'>, a: ActivityDoc, promoted: SignupDoc[]): Promise<void> {
  for (const s of promoted) {
    const { stats } = await ctx.db
      .collection(SIGNUPS)
      .where({ _id: s._id, toldAt: ctx.db.command.exists(false) })
      .update({ data: { toldAt: ctx.now().toISOString() } })
    if (!stats.updated) continue
    const m = await getDoc<MemberDoc>(ctx.db, 'members', s.memberId)
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
