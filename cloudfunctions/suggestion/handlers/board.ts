import type { BoardInput, BoardOutput } from '../../../types/suggestion'
import { unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { getAll, getDoc } from '../../_shared/db'
import { byNumber, MONTHS, SUGGESTIONS, toBoardItem, type MonthDoc, type SuggestionDoc } from '../lib/model'

/** The public list of a month (this month by default), in number order, with its awards and draw. */
export async function board(input: BoardInput, ctx: Ctx): Promise<BoardOutput> {
  const month = input.month ?? unionMonth(ctx.now())
  const docs = await getAll<SuggestionDoc>(ctx.db.collection(SUGGESTIONS).where({ month }).orderBy('number', 'asc'))
  const meta = await getDoc<MonthDoc>(ctx.db, MONTHS, month)
  const out: BoardOutput = { month, items: docs.map(toBoardItem).sort(byNumber) }
  if (meta?.awardedOn) out.awardedOn = meta.awardedOn
  if (meta?.draw) out.draw = meta.draw
  return out
}
