import type { InboxInput, InboxOutput } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { suggestionsWhere } from '../data/suggestions'
import { byNumber, toDeskItem } from '../lib/view'

/** The 督导室's list: new suggestions (status received) by default, or any status / month, or one by number. */
export async function inbox(input: InboxInput, ctx: Ctx): Promise<InboxOutput> {
  const where: Record<string, unknown> = input.number ? { number: input.number } : input.month ? { month: input.month } : { status: 'received' }
  if (input.status) where.status = input.status
  const docs = await suggestionsWhere(ctx.db, where)
  const today = unionDate(ctx.now())
  return { items: docs.map((d) => toDeskItem(d, today)).sort(byNumber) }
}
