import { sha256Hex } from '../../../types/draw'
import type { DrawInfo, DrawMonthOutput, RevealInput } from '../../../types/suggestion-draw'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { dayLabel, monthLabel } from '../lib/award-window'
import { advanceDraw, keyedDrawOf, slotOf } from './draw-month'

/**
 * A keyholder reveals their secret after the close, up to the deadline; it must hash to their own
 * commitment. The first step after the close writes the eligible list down; the last reveal settles the draw.
 */
export async function reveal(input: RevealInput, ctx: Ctx): Promise<DrawMonthOutput> {
  const { month, secret } = input
  if (month >= unionMonth(ctx.now())) throw new AppError('CONFLICT', `${monthLabel(month)}还没有结束，月底之后才能揭晓`)
  const cur = await keyedDrawOf(ctx, month)
  if (slotOf(cur, ctx) < 0) throw new AppError('FORBIDDEN', `你不是${monthLabel(month)}抽奖的密钥保管人`)
  if (!cur.drawnOn && unionDate(ctx.now()) > (cur.revealBy as string)) {
    // a late reveal would let its holder choose between two results: the deadline settles without it
    await advanceDraw(ctx, month)
    throw new AppError('CLOSED', `揭晓期已于${dayLabel(cur.revealBy as string)}结束，抽奖已按规则完成`)
  }
  const draw = await advanceDraw(ctx, month, (d, today) => withReveal(d, today, ctx, secret))
  return { month, ...draw }
}

function withReveal(d: DrawInfo, today: string, ctx: Ctx, secret: string): DrawInfo {
  const i = slotOf(d, ctx)
  const mine = (d.keyholders ?? [])[i]
  if (!mine.commitment) throw new AppError('CONFLICT', '你月底前没有锁定密钥，这次抽奖不需要你揭晓')
  if (mine.secret === secret) return d
  if (sha256Hex(secret) !== mine.commitment) throw new AppError('FORBIDDEN', '这串密钥和你月底前锁定的承诺值不符，请核对后重新粘贴')
  if (mine.secret) return d
  if (d.drawnOn) throw new AppError('CLOSED', `抽奖已在${dayLabel(d.drawnOn)}按规则完成，不再接受揭晓`)
  return { ...d, keyholders: (d.keyholders ?? []).map((k, j) => (j === i ? { ...k, secret, revealedOn: today } : k)) }
}
