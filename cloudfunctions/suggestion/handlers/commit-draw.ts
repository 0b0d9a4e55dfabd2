import type { CommitDrawInput, CommitDrawOutput } from '../../../types/suggestion-desk'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { txLoadMonth, txSetMonth, txUpdateMonth } from '../data/months'

/**
 * The chair publishes SHA-256(secret) and the number of lucky winners while the month is still
 * open, before its numbers are known: once published it cannot change, so the secret cannot be
 * picked afterwards to favour a number.
 */
export async function commitDraw(input: CommitDrawInput, ctx: Ctx): Promise<CommitDrawOutput> {
  const now = ctx.now()
  if (input.month < unionMonth(now)) throw new AppError('CLOSED', `${input.month} 已结束，抽奖承诺须在当月结束前公布`)
  const draw = { commitment: input.commitment, count: input.count, committedOn: unionDate(now) }
  await withTransaction(ctx.db, async (tx) => {
    const meta = await txLoadMonth(tx, input.month)
    if (meta?.draw) throw new AppError('CONFLICT', `${input.month} 的抽奖承诺已经公布，不能更改`)
    if (meta) await txUpdateMonth(tx, input.month, { draw })
    else await txSetMonth(tx, input.month, { draw })
  })
  return { month: input.month, ...draw }
}
