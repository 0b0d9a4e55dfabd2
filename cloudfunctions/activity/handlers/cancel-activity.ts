import type { CancelActivityInput, CancelActivityOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadMember } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { loadActivity } from '../data/activities'
import { markCalledOff, markToldOfCallOff, untoldOfCallOff } from '../data/call-off'
import { loadCounter } from '../data/counters'
import { pushTime } from '../lib/schedule'
import { withdrawChosen } from '../data/entries'
import { toActivity } from '../lib/view'

/**
 * Calls the activity off (the first reason stands), then tells everyone still signed up, each
 * entry marked before its push: a repeat, or a retry of a call cut off half-way, tells only those
 * not yet told, so nobody hears it twice. Entries stay as they were, for the record.
 */
export async function cancelActivity(input: CancelActivityInput, ctx: Ctx): Promise<CancelActivityOutput> {
  const a = await loadActivity(ctx.db, input.id)
  const now = ctx.now().toISOString()
  if (!a.cancelled) await markCalledOff(ctx.db, a._id, { at: now, by: ctx.member?._id ?? ctx.openid, reason: input.reason })
  const called = await loadActivity(ctx.db, a._id)
  // nobody is coming: the 参赛项目 still waiting for an officer go with it
  await withdrawChosen(ctx, called, null, ctx.member?.name ?? '委员', now)
  let told = 0
  for (const s of await untoldOfCallOff(ctx.db, a._id)) {
    if (!(await markToldOfCallOff(ctx.db, s._id, now))) continue
    told += 1
    const m = await loadMember(ctx.db, s.memberId)
    if (!m) continue
    await pushOnce(ctx, m, 'activity', `pages/activity-detail/index?id=${a._id}`, { title: a.title, status: '活动已取消', time: pushTime(a.startAt), place: a.place ?? '' })
  }
  return { activity: toActivity(called, await loadCounter(ctx.db, a._id), { now: ctx.now(), who: ctx.member, mine: null }), told }
}
