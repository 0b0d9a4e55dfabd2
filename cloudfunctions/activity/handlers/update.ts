import type { Activity, UpdateActivityInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadActivity, saveActivity } from '../data/activities'
import { loadCounter } from '../data/counters'
import type { ActivityDoc } from '../data/docs'
import { fillFromWaitlist, tellPromoted } from '../data/waitlist'
import { iso, keyBatches } from '../lib/normalize'
import { scheduleProblem } from '../lib/schedule'
import { toActivity } from '../lib/view'

const INSTANTS = ['startAt', 'endAt', 'signupOpensAt', 'signupClosesAt'] as const

/** The stored activity with the given changes applied; null clears a setting. */
function merge(a: ActivityDoc, changes: Omit<UpdateActivityInput, 'id'>): ActivityDoc {
  const next: ActivityDoc & Record<string, unknown> = { ...a }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue
    if (v === null && k !== 'capacity') delete next[k]
    else next[k] = (INSTANTS as readonly string[]).includes(k) && typeof v === 'string' ? iso(v) : v
  }
  if (changes.batches !== undefined) next.batches = changes.batches ? keyBatches(changes.batches) : []
  if (changes.batches && changes.capacity === undefined) next.capacity = null
  return next
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
  const counter = await saveActivity(ctx.db, id, next, labelOf)
  for (const batch of Object.keys(counter.batches)) await tellPromoted(ctx, next, await fillFromWaitlist(ctx, id, batch))
  return toActivity(next, await loadCounter(ctx.db, id), { now: ctx.now(), who: ctx.member, mine: null })
}
