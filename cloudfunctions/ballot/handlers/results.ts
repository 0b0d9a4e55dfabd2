import type { ResultsOutput } from '../../../types/ballot'
import { count, MIN_BREAKDOWN } from '../../../types/ballot-count'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { castsOf } from '../data/ballots'
import { electorateOf } from '../lib/electorate'
import { statusOf, toBallot } from '../lib/view'
import { mustLoad } from './get'

/** After close only. Every ballot in receipt order (a hash: an order that says nothing), so any phone recounts. */
export async function results(input: { id: string }, ctx: Ctx): Promise<ResultsOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (statusOf(doc, ctx.now()) !== 'closed') throw new AppError('CLOSED', '投票结束后才公布结果')
  const casts = await castsOf(ctx.db, doc._id)
  const eligible = doc.eligibleAtClose ?? (await electorateOf(ctx.db, doc.electorate)).length
  const ballots = casts.map((c) => ({ receipt: c._id, choices: c.choices }))
  const tally = count(
    doc,
    ballots.map((b) => b.choices),
    eligible
  )
  // a rating's ballots would give back the means that are withheld under MIN_BREAKDOWN raters
  const withhold = doc.kind === 'rating' && ballots.length < MIN_BREAKDOWN
  return {
    ballot: toBallot(doc, ctx),
    eligible,
    voted: ballots.length,
    ballots: withhold ? null : ballots,
    tally,
    ...(withhold ? { withheld: `参评不足 ${MIN_BREAKDOWN} 人，为保护评议人，明细和逐票记录不公布` } : {})
  }
}
