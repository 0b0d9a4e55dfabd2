import type { SubmitInput, SubmitOutput } from '../../../types/suggestion'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import type { SuggestionDoc } from '../data/docs'
import { forgetEarlierDays, loadLimit, txLoadLimit, txSetLimit } from '../data/limits'
import { txLoadSuggestion, txSetSuggestion } from '../data/suggestions'
import { hashClaimCode } from '../lib/claim-code'
import { checkContent } from '../lib/content-check'
import { newClaimCode, newNumber } from '../lib/number'
import { DAILY_LIMIT, rateKey } from '../lib/rate-key'

const LIMITED = () => new AppError('RATE_LIMITED', `每人每天最多提交 ${DAILY_LIMIT} 条建议，请明天再来`)
const TAKEN = 'number-taken'

/**
 * Anonymous by construction: the stored suggestion carries the month, never who or when; the
 * rate-limit record is a per-day keyed hash of the openid holding only { day, count }. Nothing here
 * logs. The counter increment and the insert commit in one transaction, so a crash between them
 * cannot spend a member's quota without a suggestion, nor store a suggestion past the limit.
 */
export async function submit(input: SubmitInput, ctx: Ctx): Promise<SubmitOutput> {
  requireMember(ctx)
  const secret = ctx.env.SUGGESTION_SECRET
  if (!secret) throw new Error('SUGGESTION_SECRET is not configured')
  const now = ctx.now()
  const day = unionDate(now)
  const month = unionMonth(now)
  const key = rateKey(secret, day, ctx.openid)
  // checked before the content check too, so a member over the limit costs no msgSecCheck call
  if (((await loadLimit(ctx.db, key))?.count ?? 0) >= DAILY_LIMIT) throw LIMITED()
  await checkContent(ctx, input.content)

  const claimCode = newClaimCode()
  const claimHash = await hashClaimCode(claimCode)
  for (let attempt = 0; attempt < 8; attempt++) {
    const number = newNumber(month)
    const doc: Omit<SuggestionDoc, '_id'> = { number, month, content: input.content, category: input.category, status: 'received', reply: null, steps: [], claimHash }
    try {
      await withTransaction(ctx.db, async (tx) => {
        const limit = await txLoadLimit(tx, key)
        if ((limit?.count ?? 0) >= DAILY_LIMIT) throw LIMITED()
        if (await txLoadSuggestion(tx, number)) throw new Error(TAKEN)
        await txSetLimit(tx, key, { day, count: (limit?.count ?? 0) + 1 })
        await txSetSuggestion(tx, number, doc)
      })
    } catch (e) {
      if ((e as Error)?.message === TAKEN) continue
      throw e
    }
    await forgetEarlierDays(ctx.db, day)
    return { number, claimCode, month }
  }
  throw new AppError('CONFLICT', '号码生成繁忙，请稍后再试')
}
