import type { ListActivitiesInput, ListActivitiesOutput, Phase } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { listActivities } from '../data/activities'
import { loadCounters } from '../data/counters'
import type { ActivityDoc, SignupDoc } from '../data/docs'
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

export async function list(_input: ListActivitiesInput, ctx: Ctx): Promise<ListActivitiesOutput> {
  const now = ctx.now()
  const docs = (await listActivities(ctx.db)).sort(order(now))
  const counters = await loadCounters(
    ctx.db,
    docs.map((d) => d._id)
  )
  const mine = new Map<string, SignupDoc>()
  if (ctx.member) {
    const entries = await signupsOfMember(ctx.db, ctx.member._id)
    for (const s of entries) mine.set(s.activityId, s)
  }
  const items = []
  for (const a of docs) {
    const s = mine.get(a._id) ?? null
    const position = s?.status === 'waitlisted' ? await waitlistPosition(ctx.db, s) : undefined
    items.push(toActivity(a, counters.get(a._id) ?? null, { now, who: ctx.member, mine: s, position }))
  }
  return { items }
}
