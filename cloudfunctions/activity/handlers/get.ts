import type { Activity, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { loadCounter } from '../data/counters'
import { signupId } from '../data/docs'
import { loadSignup, waitlistPosition } from '../data/signups'
import { toActivity } from '../lib/view'
import { asDrawn, drawPosition, lotteryView, waitOrderOf } from '../data/lottery'
import { linkedOf, linkedView, myEventEntries } from '../data/entries'

/** One activity with the caller's own entry and, when waiting, their place in the queue. */
export async function get(input: IdInput, ctx: Ctx): Promise<Activity> {
  const a = await loadActivity(ctx.db, input.id)
  const counter = await loadCounter(ctx.db, a._id)
  const stored = ctx.member ? await loadSignup(ctx.db, signupId(a._id, ctx.member._id)) : null
  const lottery = a.allocation === 'lottery' ? await lotteryView(ctx.db, a, ctx.now().toISOString()) : {}
  // drawn, but this entry not yet moved: the draw says what it is
  const drawn = asDrawn(stored, lottery.draw)
  const mine = drawn.mine
  const order = mine?.status === 'waitlisted' ? await waitOrderOf(ctx.db, a) : undefined
  // a lottery's waitlist goes in draw order; a first-come one in turn order
  const position = mine?.status !== 'waitlisted' ? undefined : order ? drawPosition(order, counter, mine.memberId) : (drawn.position ?? (await waitlistPosition(ctx.db, mine)))
  const view = toActivity(a, counter, { now: ctx.now(), who: ctx.member, mine, position, ...lottery })
  // a sports day: the events to choose from, and where the caller's chosen ones stand
  const linked = await linkedOf(ctx.db, a)
  if (linked) {
    view.competition = await linkedView(ctx, linked, ctx.member ?? null)
    if (view.mine && ctx.member) view.mine.events = await myEventEntries(ctx.db, linked, ctx.member._id)
  }
  return view
}
