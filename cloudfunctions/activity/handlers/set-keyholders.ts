import type { LotteryKeyholder, SetLotteryKeyholdersInput, SetLotteryKeyholdersOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { keyholderCandidatesOf } from '../../_shared/keyholders'
import { loadActivity } from '../data/activities'
import { changeKeys, keysOutput } from '../data/lottery'

/**
 * The chair names a lottery's keyholders (herself first, then one or two 督导员 or 经审委员) while
 * sign-up is open. They may change until the first of them locks a secret; then they are fixed.
 */
export async function setKeyholders(input: SetLotteryKeyholdersInput, ctx: Ctx): Promise<SetLotteryKeyholdersOutput> {
  const a = await loadActivity(ctx.db, input.id)
  if (a.allocation !== 'lottery') throw new AppError('CONFLICT', '本活动按先到先得分配名额，不用抽签')
  if (ctx.now().toISOString() >= a.signupClosesAt) throw new AppError('CLOSED', '报名已截止，密钥保管人要在截止前选定')
  const { items } = await keyholderCandidatesOf(ctx.db, ctx.member?._id)
  const ids = [...new Set(input.memberIds.filter((id) => id !== ctx.member?._id))]
  if (!ids.length) throw new AppError('BAD_REQUEST', '密钥保管人：除主席外请再选一位督导员或经审委员')
  const others: LotteryKeyholder[] = ids.map((id) => {
    const c = items.find((i) => i.memberId === id)
    if (!c) throw new AppError('BAD_REQUEST', '密钥保管人：只能是督导员或经审委员，请从名单里选')
    return { role: c.role, name: c.name, memberId: c.memberId }
  })
  const chair: LotteryKeyholder = ctx.member ? { role: '工会主席', name: ctx.member.name, memberId: ctx.member._id } : { role: '工会主席', name: '' }
  const d = await changeKeys(ctx.db, a._id, (cur) => {
    if (cur.keyholders?.some((k) => k.commitment)) throw new AppError('CONFLICT', '已有保管人锁定了密钥，保管人不能再改')
    return [chair, ...others]
  })
  return keysOutput(a, d)
}
