import type { SignupInput, SignupOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { requireMember, type MemberDoc } from '../../_shared/members'
import { COUNTERS, loadActivity, SIGNUPS, waitlistPosition } from '../data/read'
import { withoutId } from '../data/waitlist'
import { checkAnswers } from '../lib/answers'
import { decide, take, type CounterDoc } from '../lib/counter'
import { MAIN_BATCH, signupId, type ActivityDoc, type SignupDoc } from '../lib/docs'
import { ineligibleReason } from '../lib/eligibility'
import { shortTime } from '../lib/schedule'

function checkWindow(a: ActivityDoc, now: string): void {
  if (a.signupOpensAt && now < a.signupOpensAt) throw new AppError('CLOSED', `报名尚未开始，${shortTime(a.signupOpensAt)} 开始报名`)
  if (now >= a.signupClosesAt) throw new AppError('CLOSED', '报名已截止')
}

function chooseBatch(a: ActivityDoc, batch: string | undefined): { key: string; label: string } {
  if (!a.batches.length) {
    if (batch !== undefined && batch !== MAIN_BATCH) throw new AppError('BAD_REQUEST', '批次：本活动不分批')
    return { key: MAIN_BATCH, label: a.title }
  }
  if (batch === undefined) throw new AppError('BAD_REQUEST', '批次：请选择要参加的批次')
  const found = a.batches.find((b) => b.key === batch)
  if (!found) throw new AppError('BAD_REQUEST', '批次：没有这个批次')
  return found
}

/**
 * Takes a place or a waitlist spot in one transaction over the activity's counter, never by
 * counting sign-ups (two sign-ups reading one count would both take the last place). The entry's
 * id is `<activity>:<member>`, so a retried sign-up finds its own entry and answers it again.
 */
export async function signup(input: SignupInput, ctx: Ctx): Promise<SignupOutput> {
  const me: MemberDoc = requireMember(ctx)
  const a = await loadActivity(ctx.db, input.id)
  const now = ctx.now().toISOString()
  checkWindow(a, now)
  const reason = ineligibleReason(a.eligibility, me)
  if (reason) throw new AppError('FORBIDDEN', reason)
  const batch = chooseBatch(a, input.batch)
  const answers = checkAnswers(a.fields, input.answers ?? {})
  const id = signupId(a._id, me._id)
  const result = await withTransaction(ctx.db, async (tx) => {
    // both reads at once: the transaction holds the store, so each round trip inside it counts
    const [old, c] = await Promise.all([txGetDoc<SignupDoc>(tx, SIGNUPS, id), txGetDoc<CounterDoc>(tx, COUNTERS, a._id)])
    if (old && old.status !== 'cancelled') return { entry: old, position: undefined as number | undefined }
    if (!c || !c.batches[batch.key]) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
    const d = decide(c, batch.key, me.unit, batch.label)
    if (d.place === 'full') throw new AppError('FULL', d.reason)
    // everyone already waiting signed up earlier, so a new entry joins at the end
    const position = d.place === 'waitlisted' ? c.batches[batch.key].waitlisted + 1 : undefined
    const seq = take(c, batch.key, me.unit, d.place)
    const entry: SignupDoc = { _id: id, activityId: a._id, memberId: me._id, name: me.name, unit: me.unit, batch: batch.key, status: d.place, seq, answers, signedUpAt: now }
    await tx.collection(SIGNUPS).doc(id).set({ data: withoutId(entry) })
    await tx.collection(COUNTERS).doc(a._id).set({ data: withoutId(c) })
    return { entry, position }
  })
  const { entry } = result
  const out: SignupOutput = { status: entry.status as SignupOutput['status'] }
  if (entry.status === 'waitlisted') out.position = result.position ?? (await waitlistPosition(ctx.db, entry))
  if (entry.batch !== MAIN_BATCH) out.batch = entry.batch
  return out
}
