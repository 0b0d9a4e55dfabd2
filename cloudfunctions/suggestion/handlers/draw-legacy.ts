import type { DrawOutput } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { loadMonth, txLoadMonth, txUpdateMonth } from '../data/months'
import { numbersOfMonth, txUpdateSuggestion } from '../data/suggestions'
import { drawWinners, sha256Hex } from '../lib/draw'
import { announceDraw } from './announce'

/**
 * A month locked the old way, by the chair's one secret before keyholders existed: revealed as then,
 * so a month committed before the change still completes. New months take keyholders (setKeyholders).
 */
export async function legacyDraw(input: { month: string; secret: string }, ctx: Ctx): Promise<DrawOutput> {
  const { month, secret } = input
  const meta = await loadMonth(ctx.db, month)
  if (!meta?.draw?.commitment) throw new AppError('NOT_FOUND', `${month} 没有公布抽奖承诺，不能抽奖`)
  if (meta.draw.drawnOn) throw new AppError('CONFLICT', `${month} 已经抽过奖了`)
  if (sha256Hex(secret) !== meta.draw.commitment) throw new AppError('FORBIDDEN', '密钥与事先公布的承诺值不符，请核对密钥')
  const numbers = await numbersOfMonth(ctx.db, month)
  if (!numbers.length) throw new AppError('CONFLICT', `${month} 没有建议，无法抽奖`)
  const winners = drawWinners(secret, numbers, meta.draw.count)
  const done = { ...meta.draw, secret, winners, drawnOn: unionDate(ctx.now()) }
  await withTransaction(ctx.db, async (tx) => {
    const cur = await txLoadMonth(tx, month)
    if (cur?.draw?.drawnOn) throw new AppError('CONFLICT', `${month} 已经抽过奖了`)
    await txUpdateMonth(tx, month, { draw: done })
    for (const n of winners) await txUpdateSuggestion(tx, n, { lucky: true })
  })
  await announceDraw(ctx, month, { commitment: done.commitment as string, secret, winners })
  return { month, ...done }
}
