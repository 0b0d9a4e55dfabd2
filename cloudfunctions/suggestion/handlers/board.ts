import type { BoardInput, BoardOutput } from '../../../types/suggestion'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { loadMonth } from '../data/months'
import { suggestionsWhere } from '../data/suggestions'
import { awardOpensOn, correctableUntil } from '../lib/award-window'
import { byNumber, toBoardItem } from '../lib/view'

/** The public list of a month (this month by default), in number order, with its awards and draw. */
export async function board(input: BoardInput, ctx: Ctx): Promise<BoardOutput> {
  const now = ctx.now()
  const month = input.month ?? unionMonth(now)
  const docs = await suggestionsWhere(ctx.db, { month })
  const meta = await loadMonth(ctx.db, month)
  const out: BoardOutput = { month, items: docs.map(toBoardItem).sort(byNumber) }
  if (meta?.awardedOn) out.awardedOn = meta.awardedOn
  // the server says when the chair may award or correct: pages repeat no date rules
  if (month >= unionMonth(now)) out.awardOpensOn = awardOpensOn(month)
  if (meta?.awardedOn && unionDate(now) <= correctableUntil(meta.awardedOn)) out.awardCorrectableUntil = correctableUntil(meta.awardedOn)
  if (meta?.draw) out.draw = meta.draw
  return out
}
