import type { Activity, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { loadCounter } from '../data/counters'
import { signupId } from '../data/docs'
import { loadSignup, waitlistPosition } from '../data/signups'
import { toActivity } from '../lib/view'

/** One activity with the caller's own entry and, when waiting, their place in the queue. */
export async function get(input: IdInput, ctx: Ctx): Promise<Activity> {
  const a = await loadActivity(ctx.db, input.id)
  const counter = await loadCounter(ctx.db, a._id)
  const mine = ctx.member ? await loadSignup(ctx.db, signupId(a._id, ctx.member._id)) : null
  const position = mine?.status === 'waitlisted' ? await waitlistPosition(ctx.db, mine) : undefined
  return toActivity(a, counter, { now: ctx.now(), who: ctx.member, mine, position })
}
