import type { BindInput, BindOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { BIND_ATTEMPTS } from '../../_shared/collections'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { toMember } from '../../_shared/members'
import { clearThrottle, minutesUntil, spend, type ThrottleRule } from '../../_shared/throttle'
import { txBind, txBindingOf } from '../data/bindings'
import { memberByInviteCode, txLoadMember } from '../data/members'

/** Invite-code guesses per caller: 5 in 10 minutes (31^8 codes: a guesser gets nowhere at 720 a day). */
const BIND_THROTTLE: ThrottleRule = { collection: BIND_ATTEMPTS, limit: 5, windowMs: 10 * 60_000 }

/**
 * One openid ↔ one member, and a code works once. Both facts are checked and written in one
 * transaction over the member and a `bindings/<openid>` document, so two phones racing for one
 * code, or one phone racing with two codes, end with exactly one binding.
 * Each try spends one of the caller's attempts (`bind_attempts/<openid>`) before the code is
 * looked up, so even guesses sent all at once get no answer past the limit; a bind resets it.
 */
export async function bind(input: BindInput, ctx: Ctx): Promise<BindOutput> {
  // a retry of the bind that made this binding (its answer lost to a timeout) answers as it did
  if (ctx.member && ctx.member.inviteCode === input.inviteCode) return { member: toMember(ctx.member) }
  if (ctx.member) throw new AppError('CONFLICT', `此微信已绑定会员「${ctx.member.name}」`)
  const now = ctx.now()
  const verdict = await spend(ctx.db, BIND_THROTTLE, ctx.openid, now)
  if (!verdict.allowed) throw new AppError('RATE_LIMITED', `邀请码错误次数太多，请 ${minutesUntil(verdict.retryAt, now)} 分钟后再试，或联系工会主席`)
  const found = await memberByInviteCode(ctx.db, input.inviteCode)
  if (!found) throw new AppError('NOT_FOUND', '邀请码不正确，请核对后再试')
  const at = now.toISOString()
  const member = await withTransaction(ctx.db, async (tx) => {
    const doc = await txLoadMember(tx, found._id)
    if (!doc) throw new AppError('NOT_FOUND', '邀请码不正确，请核对后再试')
    if (doc.openid) throw new AppError('CONFLICT', '这个邀请码已被使用，请联系工会主席')
    if (await txBindingOf(tx, ctx.openid)) throw new AppError('CONFLICT', '此微信已绑定其他会员')
    await txBind(tx, ctx.openid, doc._id, at)
    return { ...doc, openid: ctx.openid, boundAt: at }
  })
  // the binding stands whatever happens here: a bound phone never reaches the throttle again
  await clearThrottle(ctx.db, BIND_THROTTLE, ctx.openid).catch((e) => ctx.log('bind attempts not cleared', { error: String((e as Error)?.message ?? e).slice(0, 200) }))
  return { member: toMember(member) }
}
