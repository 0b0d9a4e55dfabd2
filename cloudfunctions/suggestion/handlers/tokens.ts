import { WEEKLY_TOKENS, type TokensInput, type TokensOutput } from '../../../types/suggestion'
import { issueCounted, keyFor, takenOf } from '../../_shared/anon/tokens'
import { addDays } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { weekOf } from '../lib/batch'

/** One signing key per Beijing week: `suggestion:<Monday>`. */
export const tokenPurpose = (week: string) => `suggestion:${week}`

/** 12月7日 */
const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/**
 * 领券, the identified step: signs blinded submission tokens, at most 5 per member per Beijing week.
 * The rate limit lives here, where identity is known; the record says only "member X took k tokens
 * in week W" (no time, no token). Phones take their tokens when the suggestion page opens, so taking
 * them says nothing about when, or whether, one writes.
 */
export async function tokens(input: TokensInput, ctx: Ctx): Promise<TokensOutput> {
  const member = requireMember(ctx)
  const week = weekOf(ctx.now())
  const renewsOn = addDays(week, 7)
  if (input.week && input.week !== week && input.blinded.length) throw new AppError('CONFLICT', '新的一周开始了，请刷新页面重新领取提交券')
  const purpose = tokenPurpose(week)
  const publicKey = await keyFor(ctx.db, purpose)
  const refusal = `本周的 ${WEEKLY_TOKENS} 张提交券已经领完（每人每周 ${WEEKLY_TOKENS} 条建议），${dayLabel(renewsOn)}（下周一）起可以再领`
  if (!input.blinded.length) return { week, publicKey, blindSignatures: [], taken: await takenOf(ctx.db, purpose, member._id), limit: WEEKLY_TOKENS, renewsOn }
  const { blindSignatures, taken } = await issueCounted(ctx.db, purpose, member._id, input.blinded, WEEKLY_TOKENS, refusal)
  return { week, publicKey, blindSignatures, taken, limit: WEEKLY_TOKENS, renewsOn }
}
