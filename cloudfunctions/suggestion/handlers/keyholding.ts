import type { KeyholdingInput, KeyholdingOutput } from '../../../types/suggestion-draw'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { loadMonth } from '../data/months'
import { dayLabel, monthLabel } from '../lib/award-window'
import { slotOf } from './draw-month'

/** What the caller, as one of the month's keyholders, may do now and why: the page repeats no date rules. */
export async function keyholding(input: KeyholdingInput, ctx: Ctx): Promise<KeyholdingOutput> {
  const { month } = input
  const draw = (await loadMonth(ctx.db, month))?.draw
  const i = slotOf(draw, ctx)
  if (!draw?.keyholders || i < 0) return { month, may: 'none', why: `你不是${monthLabel(month)}抽奖的密钥保管人` }
  const k = draw.keyholders[i]
  const mine = { role: k.role, committed: Boolean(k.commitment), revealed: Boolean(k.secret) }
  const open = month >= unionMonth(ctx.now())
  const revealBy = draw.revealBy as string
  if (open) {
    if (!k.commitment) return { month, mine, may: 'commit', why: `月底前请在这台手机上锁定你的密钥；${dayLabel(revealBy)}前揭晓。` }
    return { month, mine, may: 'wait', why: `你已在${dayLabel(k.committedOn as string)}锁定密钥。月底之后、${dayLabel(revealBy)}前请回来揭晓。` }
  }
  if (draw.drawnOn) return { month, mine, may: 'none', why: `抽奖已在${dayLabel(draw.drawnOn)}完成。` }
  if (!k.commitment) return { month, mine, may: 'none', why: '你月底前没有锁定密钥，这次抽奖不需要你揭晓。' }
  if (k.secret) return { month, mine, may: 'wait', why: `你已揭晓密钥，等其他保管人揭晓；${dayLabel(revealBy)}之后按规则完成。` }
  if (unionDate(ctx.now()) > revealBy) return { month, mine, may: 'none', why: `揭晓期已于${dayLabel(revealBy)}结束。` }
  return { month, mine, may: 'reveal', why: `请在${dayLabel(revealBy)}前揭晓你的密钥，晚了抽奖会按规则在没有你的情况下完成。` }
}
