import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { ineligibleReason } from '../lib/eligibility'
import { pushTime } from '../lib/schedule'
import type { ActivityDoc } from './docs'
import { claimAnnouncement } from './news'

/** In parallel batches: one by one, 1,200 members would outlast the function's time limit. */
const PUSH_BATCH = 50

/** Who hears of a new activity: active, bound, allowed to sign up, and holding an `activity` grant. */
export async function announcementAudience(ctx: Pick<Ctx, 'db'>, a: ActivityDoc): Promise<MemberDoc[]> {
  const roster = await getAll(membersIn(ctx.db).field({ unit: true, gender: true, retired: true, openid: true, grants: true, inactive: true, tags: true }).orderBy('_id', 'asc'))
  return roster.filter((m) => !m.inactive && m.openid && (m.grants?.activity ?? 0) > 0 && !ineligibleReason(a.eligibility, m))
}

/**
 * Tells each member who may take part that a new activity is published: one subscribe message
 * per member per activity. Each (activity, member) is claimed before its send, so a retried create
 * (same requestId) or any re-run finishes with whoever is left and never pushes anyone twice.
 * Answers how many were sent.
 */
export async function announce(ctx: Ctx, a: ActivityDoc): Promise<number> {
  if (a.cancelled) return 0
  const audience = await announcementAudience(ctx, a)
  const now = ctx.now().toISOString()
  // not yet open: the message says so, and the detail page shows when it opens
  const status = a.signupOpensAt && a.signupOpensAt > now ? '报名未开始' : '开放报名'
  const data = { title: a.title, status, time: pushTime(a.startAt), place: a.place ?? '' }
  const page = `pages/activity-detail/index?id=${a._id}`
  let sent = 0
  for (let i = 0; i < audience.length; i += PUSH_BATCH) {
    // settled, not all: one failure must not cut its siblings off between their claim and their send
    const outcomes = await Promise.allSettled(
      audience.slice(i, i + PUSH_BATCH).map(async (m) => ((await claimAnnouncement(ctx.db, a._id, m._id, now)) ? pushOnce(ctx, m, 'activity', page, data) : 'already'))
    )
    sent += outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'sent').length
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
    if (failed) throw failed.reason
  }
  return sent
}
