import type { ClaimInput, ClaimOutput } from '../../../types/suggestion'
import { startOfUnionDay, unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { CLAIM_ATTEMPTS } from '../../_shared/collections'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { clearThrottle, minutesUntil, readThrottle, spend, sweepThrottle, verdictOf, type ThrottleRule, type Verdict } from '../../_shared/throttle'
import { loadMonth } from '../data/months'
import { loadSuggestion, txLoadSuggestion, txUpdateSuggestion } from '../data/suggestions'
import { verifyClaimCode } from '../lib/claim-code'
import { monthOfNumber } from '../lib/number'

/**
 * Claim-code tries per winning number: 5 an hour. Keyed by the number alone (public on the board),
 * never by who tries, and in whole-hour windows, so the record is { number, hour, count }: nothing
 * that joins a claimer to a number, nor an instant to match against invocation logs.
 */
const CLAIM_THROTTLE: ThrottleRule = { collection: CLAIM_ATTEMPTS, limit: 5, windowMs: 60 * 60_000, aligned: true }

function refuseIfLimited(verdict: Verdict, number: string, now: Date): void {
  if (!verdict.allowed) throw new AppError('RATE_LIMITED', `号码 ${number} 的领奖码错误次数太多，请 ${minutesUntil(verdict.retryAt, now)} 分钟后再试`)
}

/**
 * Number + claim code → claimed. Nothing about the claimer is stored, only when; identity comes out
 * only if the winner chooses to walk into the union office to collect.
 * scrypt (~8 ms of a worker thread each) runs only for an attempt already spent, so a flood on one
 * number costs five hashes an hour, not one per request: the hashes other members' submissions
 * need are not queued behind it.
 */
export async function claim(input: ClaimInput, ctx: Ctx): Promise<ClaimOutput> {
  const now = ctx.now()
  // the cheap gate first: under a flood a refused try is one read
  const known = await readThrottle(ctx.db, CLAIM_THROTTLE, input.number)
  refuseIfLimited(verdictOf(CLAIM_THROTTLE, known, now), input.number, now)
  const doc = await loadSuggestion(ctx.db, input.number)
  if (!doc) throw new AppError('NOT_FOUND', `找不到号码 ${input.number}，请核对后再试`)
  if (!doc.prize && !doc.lucky) {
    const meta = await loadMonth(ctx.db, monthOfNumber(input.number))
    const month = doc.month.replace('-', ' 年 ') + ' 月'
    if (!meta?.awardedOn && !meta?.draw?.drawnOn) throw new AppError('CONFLICT', `${month}的获奖号码还没有公布`)
    throw new AppError('CONFLICT', `号码 ${input.number} 没有在${month}获奖`)
  }
  if (doc.claimedAt) throw new AppError('CONFLICT', '这个号码的奖品已经认领过了')
  refuseIfLimited(await spend(ctx.db, CLAIM_THROTTLE, input.number, now, known), input.number, now)
  const right = await verifyClaimCode(input.claimCode, doc.claimHash)
  // ended windows of any number go: at most one sweep per counted try; one that fails leaves
  // records the next sweep takes, and must not turn a claim into an error
  await sweepThrottle(ctx.db, CLAIM_THROTTLE, now).catch(() => undefined)
  if (!right) throw new AppError('FORBIDDEN', '领奖码不正确，请核对提交时保存的领奖码')
  // the day only: an instant to the millisecond, beside the function's call log, would name the claimer
  const claimedAt = startOfUnionDay(unionDate(now)).toISOString()
  await withTransaction(ctx.db, async (tx) => {
    const cur = await txLoadSuggestion(tx, input.number)
    if (cur?.claimedAt) throw new AppError('CONFLICT', '这个号码的奖品已经认领过了')
    await txUpdateSuggestion(tx, input.number, { claimedAt })
  })
  // claimed numbers are never tried again (the claimedAt check above): their count has no use
  await clearThrottle(ctx.db, CLAIM_THROTTLE, input.number).catch(() => undefined)
  const out: ClaimOutput = { number: doc.number, claimedAt }
  if (doc.prize) out.prize = doc.prize
  if (doc.lucky) out.lucky = true
  return out
}
