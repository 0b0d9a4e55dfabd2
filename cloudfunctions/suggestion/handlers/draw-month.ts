import type { DrawInfo } from '../../../types/suggestion-draw'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { loadMonth, txLoadMonth, txReplaceDraw } from '../data/months'
import { suggestionsWhere, txUpdateSuggestion } from '../data/suggestions'
import { monthLabel } from '../lib/award-window'
import { eligibleAtClose, fixedList, settle } from '../lib/draw-rules'
import { announceKeyedDraw } from './draw-notice'

/** The caller's place among the month's keyholders, or -1. A chair by configuration holds the chair's key when it names no member. */
export function slotOf(draw: DrawInfo | undefined, ctx: Ctx): number {
  return (draw?.keyholders ?? []).findIndex((k) => (k.memberId ? ctx.member?._id === k.memberId : k.role === '工会主席' && ctx.role === 'chair'))
}

/** The month's keyed draw, or NOT_FOUND saying the chair has not named the keyholders. */
export async function keyedDrawOf(ctx: Ctx, month: string): Promise<DrawInfo> {
  const draw = (await loadMonth(ctx.db, month))?.draw
  if (!draw?.keyholders) throw new AppError('NOT_FOUND', `${monthLabel(month)}还没有选定抽奖的密钥保管人`)
  return draw
}

const done = (d: DrawInfo) => Boolean(d.drawnOn)

/**
 * Moves a closed month's draw on, in one transaction: writes the eligible list down if this is the
 * first step after the close, applies `change` (a reveal), and settles it when settle() allows. A
 * settled draw is never touched again, so a repeated call or a re-fired timer answers the same winners.
 */
export async function advanceDraw(ctx: Ctx, month: string, change?: (d: DrawInfo, today: string) => DrawInfo): Promise<DrawInfo> {
  const today = unionDate(ctx.now())
  const before = await keyedDrawOf(ctx, month)
  // read outside the transaction: statusAtClose makes the list the same whenever it is read
  const eligible = before.eligible ?? eligibleAtClose(await suggestionsWhere(ctx.db, { month }), month)
  let settledNow = false
  const after = await withTransaction(ctx.db, async (tx) => {
    const cur = (await txLoadMonth(tx, month))?.draw
    if (!cur?.keyholders) throw new AppError('NOT_FOUND', `${monthLabel(month)}还没有选定抽奖的密钥保管人`)
    if (done(cur)) return change ? change(cur, today) : cur
    let next: DrawInfo = cur.eligible ? cur : { ...cur, ...fixedList(eligible) }
    if (change) next = change(next, today)
    const result = settle(next, today)
    if (result) {
      next = { ...next, ...result, drawnOn: today }
      settledNow = true
      for (const n of result.winners ?? []) await txUpdateSuggestion(tx, n, { lucky: true })
    }
    await txReplaceDraw(tx, ctx.db, month, next)
    return next
  })
  if (settledNow && after.winners) await announceKeyedDraw(ctx, month, after)
  return after
}
