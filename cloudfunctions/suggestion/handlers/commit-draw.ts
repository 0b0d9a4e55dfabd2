import type { CommitDrawInput, CommitDrawOutput } from '../../../types/suggestion-desk'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { txLoadMonth, txReplaceDraw } from '../data/months'
import { dayLabel, monthLabel } from '../lib/award-window'
import { slotOf } from './draw-month'

/**
 * A keyholder publishes SHA-256(own secret) from their own phone while the month is still open. Once
 * published it cannot change (the same one again, a retry, changes nothing), so no secret can be picked
 * afterwards; nobody's secret reaches the server before the close.
 */
export async function commitDraw(input: CommitDrawInput, ctx: Ctx): Promise<CommitDrawOutput> {
  const { month, commitment } = input
  const now = ctx.now()
  if (month < unionMonth(now)) throw new AppError('CLOSED', `${monthLabel(month)}已经结束，密钥要在月底前锁定`)
  const draw = await withTransaction(ctx.db, async (tx) => {
    const cur = (await txLoadMonth(tx, month))?.draw
    if (!cur?.keyholders) throw new AppError('CONFLICT', `主席还没有选定${monthLabel(month)}抽奖的密钥保管人`)
    const i = slotOf(cur, ctx)
    if (i < 0) throw new AppError('FORBIDDEN', `你不是${monthLabel(month)}抽奖的密钥保管人`)
    const mine = cur.keyholders[i]
    if (mine.commitment === commitment) return cur
    if (mine.commitment) throw new AppError('CONFLICT', `你已在${dayLabel(mine.committedOn as string)}锁定了密钥，不能更改`)
    const keyholders = cur.keyholders.map((k, j) => (j === i ? { ...k, commitment, committedOn: unionDate(now) } : k))
    const next = { ...cur, keyholders }
    await txReplaceDraw(tx, ctx.db, month, next)
    return next
  })
  return { month, ...draw }
}
