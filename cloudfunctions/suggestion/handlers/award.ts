import type { AwardInput, AwardOutput } from '../../../types/suggestion-desk'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { loadMonth, txLoadMonth, txSetMonth, txUpdateMonth, updateMonth } from '../data/months'
import { loadSuggestion, txLoadSuggestion, txUpdateSuggestion } from '../data/suggestions'
import { monthOfNumber } from '../lib/number'
import { announceAwards } from './announce'

/** Publishes a month's merit prizes once, then posts the 表彰 notice. Everything is checked first. */
export async function award(input: AwardInput, ctx: Ctx): Promise<AwardOutput> {
  const { month, winners } = input
  if (month > unionMonth(ctx.now())) throw new AppError('BAD_REQUEST', `${month} 还没有开始，不能评奖`)
  const seen = new Set<string>()
  for (const w of winners) {
    if (seen.has(w.number)) throw new AppError('BAD_REQUEST', `号码 ${w.number} 填了两次`)
    seen.add(w.number)
    if (monthOfNumber(w.number) !== month) throw new AppError('BAD_REQUEST', `号码 ${w.number} 不是 ${month} 的建议，请核对月份`)
    if (!(await loadSuggestion(ctx.db, w.number))) throw new AppError('NOT_FOUND', `找不到号码 ${w.number} 的建议`)
  }
  const prior = await loadMonth(ctx.db, month)
  if (prior?.awardedOn) {
    // a retry after the notice failed to post: same winners, no notice yet → post it now
    if (prior.noticeId || !sameWinners(prior.awards ?? [], winners)) throw new AppError('CONFLICT', `${month} 的获奖号码已经公布`)
  } else {
    await saveAwards(ctx, input)
  }
  const noticeId = await announceAwards(ctx, month, winners)
  await updateMonth(ctx.db, month, { noticeId })
  return { month, winners, noticeId }
}

async function saveAwards(ctx: Ctx, { month, winners }: AwardInput): Promise<void> {
  const awardedOn = unionDate(ctx.now())
  await withTransaction(ctx.db, async (tx) => {
    const meta = await txLoadMonth(tx, month)
    if (meta?.awardedOn) throw new AppError('CONFLICT', `${month} 的获奖号码已经公布`)
    const data = { awards: winners, awardedOn }
    if (meta) await txUpdateMonth(tx, month, data)
    else await txSetMonth(tx, month, data)
    for (const w of winners) {
      if (!(await txLoadSuggestion(tx, w.number))) throw new AppError('NOT_FOUND', `找不到号码 ${w.number} 的建议`)
      await txUpdateSuggestion(tx, w.number, { prize: w.prize })
    }
  })
}

const sameWinners = (a: AwardInput['winners'], b: AwardInput['winners']) => a.length === b.length && a.every((w, i) => w.number === b[i].number && w.prize === b[i].prize)
