import type { LotteryKeyholdingInput, LotteryKeyholdingOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { keySlotOf, loadDraw, lockedKeys, revealByOf } from '../data/lottery'
import { loadActivity } from '../data/activities'
import { shortTime } from '../lib/schedule'

/** What the caller, as one of a lottery's keyholders, may do now and why: the page repeats no time rules. */
export async function keyholding(input: LotteryKeyholdingInput, ctx: Ctx): Promise<LotteryKeyholdingOutput> {
  const { id } = input
  const a = await loadActivity(ctx.db, id)
  const d = a.allocation === 'lottery' ? await loadDraw(ctx.db, id) : null
  const i = keySlotOf(d, ctx)
  if (!d?.keyholders || i < 0) return { id, may: 'none', why: '你不是这次抽签的密钥保管人' }
  const k = d.keyholders[i]
  const mine = { role: k.role, committed: Boolean(k.commitment), revealed: Boolean(k.secret) }
  const now = ctx.now().toISOString()
  const closes = shortTime(a.signupClosesAt)
  const revealBy = revealByOf(a)
  if (now < a.signupClosesAt) {
    if (!k.commitment) return { id, mine, may: 'commit', why: `报名截止（${closes}）前请在这台手机上锁定你的密钥；截止后、${shortTime(revealBy)}前揭晓。` }
    return { id, mine, may: 'wait', why: `你已在${shortTime(k.committedAt as string)}锁定密钥。报名截止（${closes}）后、${shortTime(revealBy)}前请回来揭晓。` }
  }
  if (d.result) return { id, mine, may: 'none', why: `已在${shortTime(d.result.drawnAt)}抽签。` }
  if (!k.commitment) return { id, mine, may: 'none', why: '你报名截止前没有锁定密钥，这次抽签不需要你揭晓。' }
  if (k.secret) {
    const waiting = lockedKeys(d).filter((x) => !x.secret)
    return { id, mine, may: 'wait', why: waiting.length ? `你已揭晓密钥，等${waiting.map((x) => x.role).join('和')}揭晓后就能抽签。` : '保管人都已揭晓密钥，可以抽签了。' }
  }
  if (now > revealBy) return { id, mine, may: 'none', why: `揭晓期已于${shortTime(revealBy)}结束。` }
  return { id, mine, may: 'reveal', why: `请在${shortTime(revealBy)}前揭晓你的密钥，晚了抽签会按规则在没有你的情况下进行。` }
}
