import type { Ctx } from '../../_shared/ctx'
import { type Database, getDoc, isMissing } from '../../_shared/db'
import type { MemberDoc } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { batchHasRoom, hasRoom, type CounterDoc } from '../lib/counter'
import { holding, promoteHolder, roomFor } from '../lib/ledger'
import type { ActivityDoc, SignupDoc } from '../lib/docs'
import { shortTime } from '../lib/schedule'
import { COUNTERS, SIGNUPS } from './read'

const PAGE = 20

/** The head of a batch's waitlist, read before the transaction that may promote from it. */
export async function waitlistHead(db: Database, activityId: string, batch: string, afterSeq = 0): Promise<SignupDoc[]> {
  const { data } = await db
    .collection(SIGNUPS)
    .where({ activityId, batch, status: 'waitlisted', seq: db.command.gt(afterSeq) })
    .orderBy('seq', 'asc')
    .limit(PAGE)
    .get()
  return data as unknown as SignupDoc[]
}

/**
 * Fills free places of a batch from its waitlist in seq order: each candidate is moved up by one
 * conditional update of the ledger that matches only while they still wait and there is room for
 * their unit, so concurrent cancels never promote one member twice nor into a full batch; a
 * candidate over their unit's quota keeps waiting for the next place.
 */
export async function fillFromWaitlist(ctx: Pick<Ctx, 'db' | 'now'>, activityId: string, batch: string): Promise<SignupDoc[]> {
  const _ = ctx.db.command
  const promoted: SignupDoc[] = []
  for (let after = 0; ; ) {
    const c = await loadLimits(ctx.db, activityId)
    if (!c || !batchHasRoom(c, batch)) return promoted
    const head = await waitlistHead(ctx.db, activityId, batch, after)
    if (!head.length) return promoted
    let moved = false
    for (const cand of spread(head, freePlaces(c, batch))) {
      if (!hasRoom(c, batch, cand.unit)) continue
      const { stats } = await ctx.db
        .collection(COUNTERS)
        .where({ ...roomFor(_, activityId, c, batch, cand.unit), ...holding(activityId, cand.memberId, 'w') })
        .update({ data: promoteHolder(_, batch, cand.unit, cand.memberId) })
      // 0: moved up by a concurrent cancel, or the room went meanwhile: the counter is read again
      if (stats.updated === 0) continue
      const now = ctx.now().toISOString()
      await ctx.db.collection(SIGNUPS).doc(cand._id).update({ data: { status: 'confirmed', promotedAt: now } })
      promoted.push({ ...cand, status: 'confirmed', promotedAt: now })
      moved = true
      break
    }
    // nobody in this page could move up (taken, or over their quota): look further down the list
    if (!moved) after = head[head.length - 1].seq
  }
}

const freePlaces = (c: CounterDoc, batch: string) => {
  const b = c.batches[batch]
  return b.capacity === null ? 1 : Math.max(1, b.capacity - b.confirmed)
}

/**
 * The head in seq order, but starting the first `free` candidates at a random one: that many
 * places are free, so every one of them is owed a place, and concurrent cancels trying them in
 * different orders stop colliding on the first (100 cancels at once each tried up to 100 before).
 */
function spread(head: SignupDoc[], free: number): SignupDoc[] {
  const n = Math.min(free, head.length)
  const start = Math.floor(Math.random() * n)
  return [...head.slice(start, n), ...head.slice(0, start), ...head.slice(n)]
}

/** The ledger's counts and limits without its holders (which grow with the sign-ups). */
async function loadLimits(db: Database, activityId: string): Promise<CounterDoc | null> {
  try {
    const { data } = await db.collection(COUNTERS).doc(activityId).field({ batches: true, quotas: true, units: true }).get()
    return data as unknown as CounterDoc
  } catch (e) {
    if (isMissing(e)) return null
    throw e
  }
}

export const withoutId = <T extends { _id: string }>(d: T): Omit<T, '_id'> => {
  const { _id, ...rest } = d
  return rest
}

/** Tells each promoted member, spending one `activity` grant each (none: they see it in the app). */
export async function tellPromoted(ctx: Pick<Ctx, 'db' | 'openapi' | 'log'>, a: ActivityDoc, promoted: SignupDoc[]): Promise<void> {
  for (const s of promoted) {
    const m = await getDoc<MemberDoc>(ctx.db, 'members', s.memberId)
    if (!m) continue
    await pushOnce(ctx, m, 'activity', `pages/activity-detail/index?id=${a._id}`, {
      title: a.title,
      status: '候补转正，报名成功',
      time: shortTime(a.startAt),
      place: a.place ?? ''
    })
  }
}
