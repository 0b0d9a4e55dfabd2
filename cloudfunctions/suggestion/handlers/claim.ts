import type { ClaimInput, ClaimOutput } from '../../../types/suggestion'
import type { Ctx } from '../../_shared/ctx'
import { getDoc, txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { verifyClaimCode } from '../lib/claim-code'
import { MONTHS, SUGGESTIONS, type MonthDoc, type SuggestionDoc } from '../lib/model'
import { monthOfNumber } from '../lib/number'

/**
 * Number + claim code → claimed. Nothing about the claimer is stored, only when; identity comes out
 * only if the winner chooses to walk into the union office to collect.
 */
export async function claim(input: ClaimInput, ctx: Ctx): Promise<ClaimOutput> {
  const doc = await getDoc<SuggestionDoc>(ctx.db, SUGGESTIONS, input.number)
  if (!doc) throw new AppError('NOT_FOUND', `找不到号码 ${input.number}，请核对后再试`)
  if (!doc.prize && !doc.lucky) {
    const meta = await getDoc<MonthDoc>(ctx.db, MONTHS, monthOfNumber(input.number))
    const month = doc.month.replace('-', ' 年 ') + ' 月'
    if (!meta?.awardedOn && !meta?.draw?.drawnOn) throw new AppError('CONFLICT', `${month}的获奖号码还没有公布`)
    throw new AppError('CONFLICT', `号码 ${input.number} 没有在${month}获奖`)
  }
  if (!(await verifyClaimCode(input.claimCode, doc.claimHash))) throw new AppError('FORBIDDEN', '领奖码不正确，请核对提交时保存的领奖码')
  const claimedAt = ctx.now().toISOString()
  await withTransaction(ctx.db, async (tx) => {
    const cur = await txGetDoc<SuggestionDoc>(tx, SUGGESTIONS, input.number)
    if (cur?.claimedAt) throw new AppError('CONFLICT', '这个号码的奖品已经认领过了')
    await tx.collection(SUGGESTIONS).doc(input.number).update({ data: { claimedAt } })
  })
  const out: ClaimOutput = { number: doc.number, claimedAt }
  if (doc.prize) out.prize = doc.prize
  if (doc.lucky) out.lucky = true
  return out
}
