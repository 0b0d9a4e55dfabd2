import type { Activity, UpdateActivityInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { loadActivity, saveActivity } from '../data/activities'
import { loadCounter } from '../data/counters'
import type { ActivityDoc } from '../data/docs'
import { activeSignups } from '../data/signups'
import { fillFromWaitlist, tellPromoted } from '../data/waitlist'
import { loadDraw, waitOrderOf } from '../data/lottery'
import { checkLink } from '../data/entries'
import { iso, keyBatches } from '../lib/normalize'
import { pushTime, scheduleProblem } from '../lib/schedule'
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

/** Changes that a member who signed up must hear of: they may no longer be free then, or there. */
const MOVED = ['startAt', 'endAt', 'place'] as const

/** Pushes everyone still signed up the new time and place (each spends one grant, if they have one). */
async function tellMoved(ctx: Ctx, a: ActivityDoc): Promise<void> {
  for (const s of await activeSignups(ctx.db, a._id)) {
    const m = await loadMember(ctx.db, s.memberId)
    if (m) await pushOnce(ctx, m, 'activity', `pages/activity-detail/index?id=${a._id}`, { title: a.title, status: '活动有变更', time: pushTime(a.startAt), place: a.place ?? '' })
  }
}

/**
 * Edits settings; everyone already confirmed stays confirmed whatever the new capacity, quota or
 * eligibility. A raised capacity is filled from the waitlist at once; a new time or place is
 * pushed to everyone signed up.
 */
export async function update(input: UpdateActivityInput, ctx: Ctx): Promise<Activity> {
  const { id, ...changes } = input
  const old = await loadActivity(ctx.db, id)
  if (old.cancelled) throw new AppError('CLOSED', '活动已取消，不能修改')
  // the entrants were fixed at the close and drawn: reopening would take entries no draw will see
  if (old.drawnAt && changes.signupClosesAt && changes.signupClosesAt !== old.signupClosesAt) throw new AppError('BAD_REQUEST', '报名截止时间：已经抽签，不能再改')
  // a revealed key is public: reopening sign-up after it would let an entrant see part of the seed
  if (old.allocation === 'lottery' && changes.signupClosesAt && changes.signupClosesAt !== old.signupClosesAt && (await loadDraw(ctx.db, id))?.keyholders?.some((k) => k.secret))
    throw new AppError('BAD_REQUEST', '报名截止时间：已有密钥保管人揭晓了密钥，不能再改')
  if (changes.competitionId && changes.competitionId !== old.competitionId) await checkLink(ctx.db, changes.competitionId)
  const next = merge(old, changes)
  const problem = scheduleProblem(next)
  if (problem) throw new AppError('BAD_REQUEST', problem)
  if (next.allocation === 'lottery' && next.batches.length) throw new AppError('BAD_REQUEST', '批次：抽签的活动暂不能分批')
  next.updatedAt = ctx.now().toISOString()
  const labelOf = (key: string) => old.batches.find((b) => b.key === key)?.label ?? '不分批的名额'
  const counter = await saveActivity(ctx.db, id, next, labelOf)
  for (const batch of Object.keys(counter.batches)) await tellPromoted(ctx, next, await fillFromWaitlist(ctx, id, batch, next.offerHours, await waitOrderOf(ctx.db, next)))
  if (MOVED.some((k) => old[k] !== next[k])) await tellMoved(ctx, next)
  return toActivity(next, await loadCounter(ctx.db, id), { now: ctx.now(), who: ctx.member, mine: null })
}
