import type { OverdueInput, OverdueOutput } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { suggestionsWhere } from '../data/suggestions'
import { toDeskItem } from '../lib/view'

/** 督办: forwarded or adopted suggestions past their due date (Shanghai today), most overdue first. */
export async function overdue(_input: OverdueInput, ctx: Ctx): Promise<OverdueOutput> {
  const today = unionDate(ctx.now())
  const _ = ctx.db.command
  const docs = await suggestionsWhere(ctx.db, { status: _.in(['forwarded', 'adopted']), dueDate: _.lt(today) })
  const items = docs.map((d) => toDeskItem(d, today)).filter((i) => i.overdueDays > 0)
  return { items: items.sort((a, b) => b.overdueDays - a.overdueDays || (a.number < b.number ? -1 : 1)) }
}
