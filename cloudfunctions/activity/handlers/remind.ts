import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import { addDays, startOfUnionDay, unionDate } from '../../_shared/clock'
import { loadMember } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { activitiesStartingBetween } from '../data/activities'
import { markReminded, unremindedSignups } from '../data/signups'
import { pushTime } from '../lib/schedule'

/**
 * Timer `remind`: the day before an activity starts (Asia/Shanghai), each confirmed member with an
 * `activity` grant is pushed once. The entry is marked before the push, so a re-run (or two
 * overlapping runs) never reminds anyone twice. A run stops by the platform's remaining time with
 * `done: false`; the next firing (every 10 min, 18:00–19:50) goes on with whoever is unmarked.
 */
export async function remind(_event: unknown, ctx: Ctx): Promise<{ activities: number; reminded: number; done: boolean }> {
  const over = timeUp(ctx.remainingMs)
  const tomorrow = addDays(unionDate(ctx.now()), 1)
  const from = startOfUnionDay(tomorrow).toISOString()
  const to = startOfUnionDay(addDays(tomorrow, 1)).toISOString()
  const activities = await activitiesStartingBetween(ctx.db, from, to)
  let reminded = 0
  const now = ctx.now().toISOString()
  for (const a of activities) {
    if (a.cancelled) continue
    const entries = await unremindedSignups(ctx.db, a._id)
    for (const s of entries) {
      if (over()) return { activities: activities.length, reminded, done: false }
      if (!(await markReminded(ctx.db, s._id, now))) continue
      const m = await loadMember(ctx.db, s.memberId)
      if (!m) continue
      const sent = await pushOnce(ctx, m, 'activity', `pages/activity-detail/index?id=${a._id}`, { title: a.title, status: '明天开始', time: pushTime(a.startAt), place: a.place ?? '' })
      if (sent === 'sent') reminded += 1
    }
  }
  return { activities: activities.length, reminded, done: true }
}
