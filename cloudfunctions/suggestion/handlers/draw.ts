import type { DrawInput, DrawOutput } from '../../../types/suggestion-desk'
import { unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMonth } from '../data/months'
import { dayLabel, monthLabel } from '../lib/award-window'
import { committedKeyholders } from '../lib/draw-rules'
import { legacyDraw } from './draw-legacy'
import { advanceDraw } from './draw-month'
import { reveal } from './reveal'

/**
 * The chair completes a closed month's draw: with a secret, it is her own reveal; without, it settles
 * the draw once every key is revealed or the reveal deadline has passed. A settled draw answers the
 * same winners however often this is called.
 */
export async function draw(input: DrawInput, ctx: Ctx): Promise<DrawOutput> {
  const { month, secret } = input
  if (month >= unionMonth(ctx.now())) throw new AppError('CONFLICT', `${monthLabel(month)}还没有结束，月底之后再揭晓`)
  const meta = await loadMonth(ctx.db, month)
  if (meta?.draw?.commitment && !meta.draw.keyholders) {
    if (!secret) throw new AppError('BAD_REQUEST', '请填写抽奖密钥')
    return legacyDraw({ month, secret }, ctx)
  }
  if (secret) return reveal({ month, secret }, ctx)
  const d = await advanceDraw(ctx, month)
  if (d.drawnOn) return { month, ...d }
  const waiting = committedKeyholders(d)
    .filter((k) => !k.secret)
    .map((k) => `${k.role}${k.name}`)
  throw new AppError('CONFLICT', `还在等${waiting.join('、')}揭晓密钥；到${dayLabel(d.revealBy as string)}仍未揭晓的，次日起按规则用公开替代值完成抽奖`)
}
