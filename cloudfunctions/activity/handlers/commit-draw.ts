import type { CommitLotteryKeyInput, CommitLotteryKeyOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadActivity } from '../data/activities'
import { changeKeys, keySlotOf, keysOutput } from '../data/lottery'
import { shortTime } from '../lib/schedule'

/**
 * A keyholder publishes SHA-256(own secret) from their own phone before sign-up closes. Once locked
 * it cannot change (the same one again, a retry, changes nothing), so nobody can pick a secret after
 * seeing who entered; no secret reaches the server before the close.
 */
export async function commitDraw(input: CommitLotteryKeyInput, ctx: Ctx): Promise<CommitLotteryKeyOutput> {
  const { id, commitment } = input
  const a = await loadActivity(ctx.db, id)
  const now = ctx.now().toISOString()
  if (now >= a.signupClosesAt) throw new AppError('CLOSED', `报名已于${shortTime(a.signupClosesAt)}截止，密钥要在截止前锁定`)
  const d = await changeKeys(ctx.db, id, (cur) => {
    const i = keySlotOf(cur, ctx)
    if (i < 0) throw new AppError('FORBIDDEN', '你不是这次抽签的密钥保管人')
    const mine = (cur.keyholders ?? [])[i]
    if (mine.commitment === commitment) return cur.keyholders ?? []
    if (mine.commitment) throw new AppError('CONFLICT', `你已在${shortTime(mine.committedAt as string)}锁定了密钥，不能更改`)
    return (cur.keyholders ?? []).map((k, j) => (j === i ? { ...k, commitment, committedAt: now } : k))
  })
  return keysOutput(a, d)
}
