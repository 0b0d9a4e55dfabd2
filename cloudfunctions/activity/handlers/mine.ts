import type { MineInput, MineOutput, MyActivityGroup } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { activitiesByIds } from '../data/activities'
import { loadCounters } from '../data/counters'
import type { ActivityDoc, SignupDoc } from '../data/docs'
import { signupsOfMember, waitlistPosition } from '../data/signups'
import { phaseOf } from '../lib/schedule'
import { toActivity } from '../lib/view'

function groupOf(a: ActivityDoc, s: SignupDoc, now: Date): MyActivityGroup {
  if (s.attended) return 'attended'
  if (phaseOf(a, now) === 'ended') return 'past'
  return s.status === 'waitlisted' ? 'waitlisted' : 'upcoming'
}

/** The caller's activities: upcoming soonest first, then past ones newest first. */
export async function mine(_input: MineInput, ctx: Ctx): Promise<MineOutput> {
  const me = requireMember(ctx)
  const now = ctx.now()
  const entries = await signupsOfMember(ctx.db, me._id)
  const ids = entries.map((s) => s.activityId)
  const docs = await activitiesByIds(ctx.db, ids)
  const counters = await loadCounters(ctx.db, ids)
  const items: MineOutput['items'] = []
  for (const s of entries) {
    const a = docs.get(s.activityId)
    if (!a) continue
    const position = s.status === 'waitlisted' ? await waitlistPosition(ctx.db, s) : undefined
    items.push({ activity: toActivity(a, counters.get(a._id) ?? null, { now, who: me, mine: s, position }), group: groupOf(a, s, now) })
  }
  const past = (g: MyActivityGroup) => g === 'past' || g === 'attended'
  items.sort((x, y) => {
    if (past(x.group) !== past(y.group)) return past(x.group) ? 1 : -1
    const c = x.activity.startAt.localeCompare(y.activity.startAt)
    return past(x.group) ? -c : c
  })
  return { items }
}
