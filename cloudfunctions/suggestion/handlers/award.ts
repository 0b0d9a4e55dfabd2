import type { AwardInput, AwardOutput } from '../../../types/suggestion-desk'
import { unionDate, unionMonth } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction, type Transaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { MonthDoc } from '../data/docs'
import { txLoadMonth, txSetMonth, txUpdateMonth, updateMonth } from '../data/months'
import { loadSuggestion, txLoadSuggestion, txSetSuggestion, txUpdateSuggestion } from '../data/suggestions'
import { awardOpensOn, correctableUntil, dayLabel, monthLabel } from '../lib/award-window'
import { monthOfNumber } from '../lib/number'
import { announceAwards } from './announce'

type Winners = AwardInput['winners']

/**
 * Publishes a month's merit prizes once the month has closed (Beijing), then posts the 表彰 notice.
 * Within 7 days of publishing the chair may correct them: the prizes and that same notice follow;
 * after that they are final. The same winners again (a retry) change nothing. Everything is checked first.
 */
export async function award(input: AwardInput, ctx: Ctx): Promise<AwardOutput> {
  const { month, winners } = input
  if (month >= unionMonth(ctx.now())) throw new AppError('CLOSED', `${monthLabel(month)}还没有结束，${dayLabel(awardOpensOn(month))}起才能评这个月的奖`)
  const seen = new Set<string>()
  for (const w of winners) {
    if (seen.has(w.number)) throw new AppError('BAD_REQUEST', `号码 ${w.number} 填了两次`)
    seen.add(w.number)
    if (monthOfNumber(w.number) !== month) throw new AppError('BAD_REQUEST', `号码 ${w.number} 不是 ${month} 的建议，请核对月份`)
    if (!(await loadSuggestion(ctx.db, w.number))) throw new AppError('NOT_FOUND', `找不到号码 ${w.number} 的建议`)
  }
  const meta = await saveAwards(ctx, input)
  const noticeId = await announceAwards(ctx, month, winners, meta.correctedOn)
  if (meta.noticeId !== noticeId) await updateMonth(ctx.db, month, { noticeId })
  return { month, winners, noticeId, correctableUntil: correctableUntil(meta.awardedOn as string) }
}

/** Writes the awards (or their correction) in one transaction; answers the month as it now stands. */
async function saveAwards(ctx: Ctx, { month, winners }: AwardInput): Promise<MonthDoc> {
  const today = unionDate(ctx.now())
  return withTransaction(ctx.db, async (tx) => {
    const meta = await txLoadMonth(tx, month)
    if (meta?.awardedOn && sameWinners(meta.awards ?? [], winners)) return meta
    if (meta?.awardedOn && today > correctableUntil(meta.awardedOn)) {
      throw new AppError('CLOSED', `${monthLabel(month)}的获奖号码已于${dayLabel(meta.awardedOn)}公布，更正期到${dayLabel(correctableUntil(meta.awardedOn))}为止，现在已是最终结果`)
    }
    const dropped = (meta?.awards ?? []).filter((a) => !winners.some((w) => w.number === a.number))
    for (const a of dropped) await dropPrize(tx, a.number)
    for (const w of winners) {
      if (!(await txLoadSuggestion(tx, w.number))) throw new AppError('NOT_FOUND', `找不到号码 ${w.number} 的建议`)
      await txUpdateSuggestion(tx, w.number, { prize: w.prize })
    }
    const data: Partial<MonthDoc> = meta?.awardedOn ? { awards: winners, correctedOn: today } : { awards: winners, awardedOn: today }
    if (meta) await txUpdateMonth(tx, month, data)
    else await txSetMonth(tx, month, data)
    return { _id: month, ...meta, ...data }
  })
}

/** A correction that takes a prize away; refused once the prize was handed over. */
async function dropPrize(tx: Transaction, number: string): Promise<void> {
  const doc = await txLoadSuggestion(tx, number)
  if (!doc) return
  if (doc.claimedAt && !doc.lucky) throw new AppError('CONFLICT', `号码 ${number} 的奖品已经认领，不能取消；可以改成别的奖项`)
  const { _id, ...rest } = doc
  delete rest.prize
  await txSetSuggestion(tx, number, rest)
}

/** The same prizes, in whatever order the page listed them. */
const sameWinners = (a: Winners, b: Winners) => {
  const key = (ws: Winners) =>
    ws
      .map((w) => `${w.number}:${w.prize}`)
      .sort()
      .join(',')
  return key(a) === key(b)
}
