import { sha256Hex } from '../../../types/draw'
import type { RevealLotteryKeyInput, RevealLotteryKeyOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadActivity } from '../data/activities'
import { changeKeys, keySlotOf, keysOutput, revealByOf } from '../data/lottery'
import { shortTime } from '../lib/schedule'

/**
 * A keyholder reveals their secret after the close, up to the deadline; it must hash to their own
 * commitment. After the deadline the draw takes the public stand-in instead, so a late reveal
 * (which would let its holder choose between two results) is refused.
 */
export async function reveal(input: RevealLotteryKeyInput, ctx: Ctx): Promise<RevealLotteryKeyOutput> {
  const { id, secret } = input
  const a = await loadActivity(ctx.db, id)
  const now = ctx.now().toISOString()
  if (now < a.signupClosesAt) throw new AppError('CONFLICT', `报名还没有截止，${shortTime(a.signupClosesAt)}之后才能揭晓`)
  const d = await changeKeys(ctx.db, id, (cur) => {
    const i = keySlotOf(cur, ctx)
    if (i < 0) throw new AppError('FORBIDDEN', '你不是这次抽签的密钥保管人')
    const keys = cur.keyholders ?? []
    const mine = keys[i]
    if (!mine.commitment) throw new AppError('CONFLICT', '你报名截止前没有锁定密钥，这次抽签不需要你揭晓')
    if (sha256Hex(secret) !== mine.commitment) throw new AppError('FORBIDDEN', '这串密钥和你截止前锁定的承诺值不符，请核对后重新粘贴')
    if (mine.secret) return keys
    if (cur.result) throw new AppError('CLOSED', '已经抽签，不再接受揭晓')
    if (now > revealByOf(a)) throw new AppError('CLOSED', `揭晓期已于${shortTime(revealByOf(a))}结束，抽签按规则用公开替代值`)
    return keys.map((k, j) => (j === i ? { ...k, secret, revealedAt: now } : k))
  })
  return keysOutput(a, d)
}
