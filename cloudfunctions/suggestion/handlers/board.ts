import type { BoardInput, BoardOutput } from '../../../types/suggestion'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { loadMonth } from '../data/months'
import { countSeconds } from '../data/seconds'
import { suggestionsWhere } from '../data/suggestions'
import { awardOpensOn, correctableUntil } from '../lib/award-window'
import { byNumber, isPublished, toBoardItem } from '../lib/view'

/** The public list of a month (this month by default), published batches only, in number order, with its awards and draw. */
export async function board(input: BoardInput, ctx: Ctx): Promise<BoardOutput> {
  const now = ctx.now()
  const month = input.month ?? unionMonth(now)
  // nothing before its 17:00 batch: a suggestion seen the moment it arrives names whoever just put their phone down
  const docs = (await suggestionsWhere(ctx.db, { month })).filter(isPublished)
  const meta = await loadMonth(ctx.db, month)
  // one count per suggestion over its own records: no counter document for many seconds to queue on
  const items = await Promise.all(docs.map(async (d) => ({ ...toBoardItem(d), seconds: await countSeconds(ctx.db, d.number) })))
  const out: BoardOutput = { month, items: items.sort(byNumber) }
  if (meta?.awardedOn) out.awardedOn = meta.awardedOn
  // the server says when the chair may award or correct: pages repeat no date rules
  if (month >= unionMonth(now)) out.awardOpensOn = awardOpensOn(month)
  if (meta?.awardedOn && unionDate(now) <= correctableUntil(meta.awardedOn)) out.awardCorrectableUntil = correctableUntil(meta.awardedOn)
  if (meta?.draw) out.draw = meta.draw
  return out
}
