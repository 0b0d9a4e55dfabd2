import type { Activity, UpdateActivityInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { ACTIVITIES, COUNTERS, loadActivity, loadCounter } from '../data/read'
import { fillFromWaitlist, tellPromoted, withoutId } from '../data/waitlist'
import { withLimits, type CounterDoc } from '../lib/counter'
import type { ActivityDoc } from '../lib/docs'
import { iso, keyBatches } from '../lib/normalize'
import { scheduleProblem } from '../lib/schedule'
import { toActivity } from '../lib/view'

const INSTANTS = ['startAt', 'endAt', 'signupOpensAt', 'signupClosesAt'] as const

/** The stored activity with the given changes applied; null clears a setting. */
function merge(a: ActivityDoc, changes: Omit<UpdateActivityInput, 'id'>): ActivityDoc {
  const next: Record<string, unknown> = { ...a }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue
    if (v === null && k !== 'capacity') delete next[k]
    else next[k] = (INSTANTS as readonly string[]).includes(k) && typeof v === 'string' ? iso(v) : v
  }
  if (changes.batches !== undefined) next.batches = changes.batches ? keyBatches(changes.batches) : []
  if (changes.batches && changes.capacity === undefined) next.capacity = null
  return next as unknown as ActivityDoc
}

/**
 * Edits settings; everyone already confirmed stays confirmed whatever the new capacity, quota or
 * eligibility. A raised capacity is filled from the waitlist at once.
 */
export async function update(input: UpdateActivityInput, ctx: Ctx): Promise<Activity> {
  const { id, ...changes } = input
  const old = await loadActivity(ctx.db, id)
  const next = merge(old, changes)
  const problem = scheduleProblem(next)
  if (problem) throw new AppError('BAD_REQUEST', problem)
  next.updatedAt = ctx.now().toISOString()
  const labelOf = (key: string) => old.batches.find((b) => b.key === key)?.label ?? '不分批的名额'
  const counter = await withTransaction(ctx.db, async (tx) => {
    const c = await txGetDoc<CounterDoc>(tx, COUNTERS, id)
    if (!c) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
    const limited = withLimits(c, next, labelOf)
    await tx
      .collection(ACTIVITIES)
      .doc(id)
      .set({ data: withoutId(next) })
    await tx
      .collection(COUNTERS)
      .doc(id)
      .set({ data: withoutId(limited) })
    return limited
  })
  for (const batch of Object.keys(counter.batches)) await tellPromoted(ctx, next, await fillFromWaitlist(ctx, id, batch))
  return toActivity(next, await loadCounter(ctx.db, id), { now: ctx.now(), who: ctx.member, mine: null })
}
