import type { GreetingInboxInput, GreetingInboxOutput, GreetingItem } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import type { GreetingDoc } from '../data/docs'
import { inboxOf } from '../data/greetings'

export const toItem = (g: GreetingDoc): GreetingItem => ({ id: g._id, occasion: g.occasion, date: g.date, title: g.title, text: g.text })

/** The caller's own cards, newest first (a member gets a dozen or so a year). */
export async function inbox(_input: GreetingInboxInput, ctx: Ctx): Promise<GreetingInboxOutput> {
  const me = requireMember(ctx)
  return { items: (await inboxOf(ctx.db, me._id)).map(toItem) }
}
