import type { DrawInfo, DrawMonthOutput, Keyholder, SetKeyholdersInput } from '../../../types/suggestion-draw'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { txLoadMonth, txReplaceDraw, txSetMonth } from '../data/months'
import { monthLabel } from '../lib/award-window'
import { ELIGIBLE_RULE, revealByOf } from '../lib/draw-rules'
import { keyholderCandidates } from './keyholder-candidates'

/**
 * The chair names the month's keyholders (herself first, then a 督导员 or 经审委员) and the number of
 * lucky winners, while the month is open. They may change until the first keyholder commits; then they are fixed.
 */
export async function setKeyholders(input: SetKeyholdersInput, ctx: Ctx): Promise<DrawMonthOutput> {
  const { month, count } = input
  if (month < unionMonth(ctx.now())) throw new AppError('CLOSED', `${monthLabel(month)}已经结束，密钥保管人要在月内选定`)
  const { items } = await keyholderCandidates({}, ctx)
  const ids = [...new Set(input.memberIds.filter((id) => id !== ctx.member?._id))]
  if (!ids.length) throw new AppError('BAD_REQUEST', '除主席外请再选一位督导员或经审委员')
  if (ids.length > 2) throw new AppError('BAD_REQUEST', '除主席外最多再选两位密钥保管人')
  const others: Keyholder[] = ids.map((id) => {
    const c = items.find((i) => i.memberId === id)
    if (!c) throw new AppError('BAD_REQUEST', '密钥保管人只能是督导员或经审委员，请从名单里选')
    return { role: c.role, name: c.name, memberId: c.memberId }
  })
  const chair: Keyholder = ctx.member ? { role: '工会主席', name: ctx.member.name, memberId: ctx.member._id } : { role: '工会主席', name: '' }
  const draw: DrawInfo = { count, keyholders: [chair, ...others], setOn: unionDate(ctx.now()), revealBy: revealByOf(month), eligibleRule: ELIGIBLE_RULE }
  await withTransaction(ctx.db, async (tx) => {
    const meta = await txLoadMonth(tx, month)
    if (meta?.draw?.commitment) throw new AppError('CONFLICT', `${monthLabel(month)}的抽奖已按旧办法锁定，不能再改`)
    if (meta?.draw?.keyholders?.some((k) => k.commitment)) throw new AppError('CONFLICT', `已有保管人锁定了密钥，${monthLabel(month)}的保管人和名额不能再改`)
    if (meta) await txReplaceDraw(tx, ctx.db, month, draw)
    else await txSetMonth(tx, month, { draw })
  })
  return { month, ...draw }
}
