import type { Activity, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { loadActivity, loadCounter, SIGNUPS, waitlistPosition } from '../data/read'
import { signupId, type SignupDoc } from '../lib/docs'
import { toActivity } from '../lib/view'

/** One activity with the caller's own entry and, when waiting, their place in the queue. */
export async function get(input: IdInput, ctx: Ctx): Promise<Activity> {
  const a = await loadActivity(ctx.db, input.id)
  const counter = await loadCounter(ctx.db, a._id)
  const mine = ctx.member ? await getDoc<SignupDoc>(ctx.db, SIGNUPS, signupId(a._id, ctx.member._id)) : null
  const position = mine?.status === 'waitlisted' ? await waitlistPosition(ctx.db, mine) : undefined
  return toActivity(a, counter, { now: ctx.now(), who: ctx.member, mine, position })
}
