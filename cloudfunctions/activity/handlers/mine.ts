import type { ListActivitiesInput, MineOutput, MyActivityGroup } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { requireMember } from '../../_shared/members'
import { ACTIVITIES, loadCounters, SIGNUPS, waitlistPosition } from '../data/read'
import type { ActivityDoc, SignupDoc } from '../lib/docs'
import { phaseOf } from '../lib/schedule'
import { toActivity } from '../lib/view'

function groupOf(a: ActivityDoc, s: SignupDoc, now: Date): MyActivityGroup {
  if (s.attended) return 'attended'
  if (phaseOf(a, now) === 'ended') return 'past'
  return s.status === 'waitlisted' ? 'waitlisted' : 'upcoming'
}

/** The caller's activities: upcoming soonest first, then past ones newest first. */
export async function mine(_input: ListActivitiesInput, ctx: Ctx): Promise<MineOutput> {
  const me = requireMember(ctx)
  const now = ctx.now()
  const entries = await getAll<SignupDoc>(ctx.db.collection(SIGNUPS).where({ memberId: me._id, status: ctx.db.command.neq('cancelled') }))
  const ids = entries.map((s) => s.activityId)
  const docs = new Map<string, ActivityDoc>()
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = await getAll<ActivityDoc>(ctx.db.collection(ACTIVITIES).where({ _id: ctx.db.command.in(ids.slice(i, i + 100)) }))
    for (const a of chunk) docs.set(a._id, a)
  }
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
