import type { Activity, ListActivitiesInput, ListActivitiesOutput, Phase } from '../../../types/activity'
import { inUnionTz } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { listActivities } from '../data/activities'
import { loadCounters } from '../data/counters'
import type { ActivityDoc, SignupDoc } from '../data/docs'
import { markSeen, seenIds } from '../data/news'
import { signupsOfMember, waitlistPosition } from '../data/signups'
import { phaseOf } from '../lib/schedule'
import { toActivity } from '../lib/view'

const RANK: Record<Phase, number> = { open: 0, ongoing: 1, upcoming: 2, closed: 3, ended: 4 }

/** Open ones first (soonest deadline first), then on now, coming, closed; ended ones newest first. */
function order(now: Date) {
  return (x: ActivityDoc, y: ActivityDoc) => {
    const [px, py] = [phaseOf(x, now), phaseOf(y, now)]
    if (px !== py) return RANK[px] - RANK[py]
    if (px === 'ended') return y.startAt.localeCompare(x.startAt)
    if (px === 'open') return x.signupClosesAt.localeCompare(y.signupClosesAt)
    return x.startAt.localeCompare(y.startAt)
  }
}

/** The union's year an activity falls in: its start, in Asia/Shanghai. */
const yearOf = (a: Pick<ActivityDoc, 'startAt'>) => inUnionTz(a.startAt).year()

/** What the member could act on: open, allowed, not theirs already, and not their own making. */
const couldJoin = (a: Activity, doc: ActivityDoc, memberId: string) => a.phase === 'open' && !a.cancelled && !a.ineligible && !a.mine && doc.createdBy !== memberId

/**
 * 活动: this year's activities and every one not yet over, or one earlier year's (往年). Each open
 * activity the member has not seen listed is marked unseen; markSeen records this look.
 */
export async function list(input: ListActivitiesInput, ctx: Ctx): Promise<ListActivitiesOutput> {
  const now = ctx.now()
  const thisYear = inUnionTz(now).year()
  const all = await listActivities(ctx.db)
  const years = [...new Set(all.map(yearOf).filter((y) => y < thisYear))].sort((x, y) => y - x)
  const shown = all.filter((a) => (input.year === undefined ? yearOf(a) >= thisYear || phaseOf(a, now) !== 'ended' : yearOf(a) === input.year)).sort(order(now))
  // the badge counts open ones, which the default view always holds: build those too when looking at 往年
  const open = all.filter((a) => phaseOf(a, now) === 'open')
  const docs = [...new Map([...shown, ...open].map((a) => [a._id, a])).values()]
  const counters = await loadCounters(
    ctx.db,
    docs.map((d) => d._id)
  )
  const mine = new Map<string, SignupDoc>()
  const member = ctx.member
  const seen = member ? await seenIds(ctx.db, member._id) : new Set<string>()
  if (member) {
    const entries = await signupsOfMember(ctx.db, member._id)
    for (const s of entries) mine.set(s.activityId, s)
  }
  const views = new Map<string, Activity>()
  for (const a of docs) {
    const s = mine.get(a._id) ?? null
    const position = s?.status === 'waitlisted' ? await waitlistPosition(ctx.db, s) : undefined
    const v = toActivity(a, counters.get(a._id) ?? null, { now, who: member, mine: s, position })
    if (member && couldJoin(v, a, member._id) && !seen.has(a._id)) v.unseen = true
    views.set(a._id, v)
  }
  const unseen = open.filter((a) => views.get(a._id)?.unseen).length
  if (member && input.markSeen) {
    await markSeen(
      ctx.db,
      member._id,
      open.map((a) => a._id),
      now.toISOString()
    )
  }
  return { items: shown.map((a) => views.get(a._id) as Activity), years, unseen }
}
