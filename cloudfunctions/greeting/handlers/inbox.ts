import type { GreetingInboxInput, GreetingInboxOutput, GreetingItem } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { GREETINGS, type GreetingDoc } from '../lib/deliver'

export const toItem = (g: GreetingDoc): GreetingItem => ({ id: g._id, occasion: g.occasion, date: g.date, title: g.title, text: g.text })

/** The caller's own cards, newest first (a member gets a dozen or so a year). */
export async function inbox(_input: GreetingInboxInput, ctx: Ctx): Promise<GreetingInboxOutput> {
  const me = requireMember(ctx)
  const { data } = await ctx.db.collection(GREETINGS).where({ memberId: me._id }).orderBy('date', 'desc').limit(100).get()
  return { items: (data as unknown as GreetingDoc[]).map(toItem) }
}
