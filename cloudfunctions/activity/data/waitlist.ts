import type { Ctx } from '../../_shared/ctx'
import { type Database, getDoc, type Transaction, txGetDoc, withTransaction } from '../../_shared/db'
import type { MemberDoc } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { batchHasRoom, hasRoom, promote, type CounterDoc } from '../lib/counter'
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
 * Promotes from candidates (in seq order) while the batch has room, inside the caller's
 * transaction. Each candidate is re-read there: one already promoted or cancelled by a
 * concurrent call is skipped; one whose unit is at its quota keeps waiting for the next place.
 */
export async function promoteInTx(tx: Transaction, c: CounterDoc, batch: string, candidates: SignupDoc[], now: string): Promise<SignupDoc[]> {
  const promoted: SignupDoc[] = []
  for (const cand of candidates) {
    if (!batchHasRoom(c, batch)) break
    const s = await txGetDoc<SignupDoc>(tx, SIGNUPS, cand._id)
    if (!s || s.status !== 'waitlisted' || !hasRoom(c, batch, s.unit)) continue
    promote(c, batch, s.unit)
    await tx.collection(SIGNUPS).doc(s._id).update({ data: { status: 'confirmed', promotedAt: now } })
    promoted.push({ ...s, status: 'confirmed', promotedAt: now })
  }
  return promoted
}

/** Fills free places of a batch from its waitlist, page by page, one transaction per page. */
export async function fillFromWaitlist(ctx: Pick<Ctx, 'db' | 'now'>, activityId: string, batch: string): Promise<SignupDoc[]> {
  const all: SignupDoc[] = []
  for (let after = 0; ; ) {
    const head = await waitlistHead(ctx.db, activityId, batch, after)
    if (!head.length) return all
    const { promoted, room } = await withTransaction(ctx.db, async (tx) => {
      const c = await txGetDoc<CounterDoc>(tx, COUNTERS, activityId)
      if (!c || !batchHasRoom(c, batch)) return { promoted: [], room: false }
      const promoted = await promoteInTx(tx, c, batch, head, ctx.now().toISOString())
      if (promoted.length) await tx.collection(COUNTERS).doc(activityId).set({ data: withoutId(c) })
      return { promoted, room: batchHasRoom(c, batch) }
    })
    all.push(...promoted)
    if (!room) return all
    after = head[head.length - 1].seq
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
