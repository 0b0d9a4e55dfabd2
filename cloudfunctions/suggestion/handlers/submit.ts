import type { SubmitInput, SubmitOutput } from '../../../types/suggestion'
import { publicKeyOf } from '../../_shared/anon/tokens'
import { receiptOf, verifyToken } from '../../_shared/anon/rsa'
import { addDays, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { addIfAbsent } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { SUGGESTIONS } from '../../_shared/collections'
import type { SuggestionDoc } from '../data/docs'
import { addSpent, loadSpent, moveSpent } from '../data/spent'
import { loadSuggestion } from '../data/suggestions'
import { batchOf, publishesAt, weekOf } from '../lib/batch'
import { hashClaimCode, verifyClaimCode } from '../lib/claim-code'
import { checkContent } from '../lib/content-check'
import { claimCodeOf, newNumber } from '../lib/number'
import { tokenPurpose } from './tokens'

/**
 * 投递, the anonymous step (docs/anonymity.md): the call carries no WeChat identity, and one that
 * does is refused before anything is stored, since the platform would log that identity beside
 * this suggestion. A token signed blind for this week or last pays for it; its hash keys the spent
 * record, so the token counts once and a retry answers the same number and claim code. Nothing
 * here logs, and no write is a transaction (whose journal would keep the text a later 隐去人名 removes).
 */
export async function submit(input: SubmitInput, ctx: Ctx): Promise<SubmitOutput> {
  if (ctx.openid) throw new AppError('BAD_REQUEST', '建议只能从匿名通道提交（不带微信身份），这条建议没有被记录。请更新小程序后重试')
  const now = ctx.now()
  const thisWeek = weekOf(now)
  if (input.week !== thisWeek && input.week !== addDays(thisWeek, -7)) throw new AppError('FORBIDDEN', '这张提交券已过期（领取当周和下一周有效），这条建议没有被记录。请回到建议页重新提交')
  const publicKey = await publicKeyOf(ctx.db, tokenPurpose(input.week))
  if (!publicKey || !verifyToken(publicKey, input.token, input.signature)) throw new AppError('FORBIDDEN', '这张提交券无效，这条建议没有被记录。请回到建议页重新提交')
  const receipt = receiptOf(input.token)
  const claimCode = claimCodeOf(input.token)
  const batch = batchOf(now)
  const month = unionMonth(publishesAt(batch))
  const answer = (number: string, doc: Pick<SuggestionDoc, 'month' | 'batch'>): SubmitOutput => ({ number, claimCode, month: doc.month, publishesAt: publishesAt(doc.batch ?? batch).toISOString() })

  const spent = await loadSpent(ctx.db, receipt)
  if (spent) {
    const mine = await ownSuggestion(ctx, spent.number, claimCode)
    if (mine) return answer(spent.number, mine)
  } else {
    // the content check costs a platform call: only a fresh token gets one
    await checkContent(ctx, input.content)
  }
  const claimHash = await hashClaimCode(claimCode)
  let number = spent?.number ?? newNumber(month)
  for (let attempt = 0; attempt < 8; attempt++) {
    // spent first, then the suggestion: a crash between leaves a spent token whose retry stores it
    if (!spent && attempt === 0 && !(await addSpent(ctx.db, receipt, number))) {
      const won = await loadSpent(ctx.db, receipt)
      if (!won) throw new Error('spent record vanished')
      number = won.number
    }
    const doc: Omit<SuggestionDoc, '_id'> = { number, month, content: input.content, category: input.category, status: 'received', reply: null, steps: [], claimHash, batch, published: false }
    if (await addIfAbsent(ctx.db, SUGGESTIONS, { _id: number, ...doc })) return answer(number, doc)
    const mine = await ownSuggestion(ctx, number, claimCode)
    if (mine) return answer(number, mine)
    // another suggestion drew this number (1 in 920,000): move the token onto a fresh one
    number = newNumber(month)
    await moveSpent(ctx.db, receipt, number)
  }
  throw new AppError('CONFLICT', '号码生成繁忙，请稍后再试')
}

/** The suggestion under number if this token's claim code opens it: the same submission, retried. */
async function ownSuggestion(ctx: Ctx, number: string, claimCode: string): Promise<SuggestionDoc | null> {
  const doc = await loadSuggestion(ctx.db, number)
  return doc && (await verifyClaimCode(claimCode, doc.claimHash)) ? doc : null
}
