import type { ResultsOutput } from '../../../types/ballot'
import { count, MIN_BREAKDOWN } from '../../../types/ballot-count'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { delegateCount } from '../../_shared/meeting-presence'
import { castsOf, type BallotDoc } from '../data/ballots'
import { rectificationsOf } from '../data/rectifications'
import { electorateOf } from '../lib/electorate'
import { objectionOf } from '../lib/objection'
import { statusOf, toBallot } from '../lib/view'
import { mustLoad } from './get'

/** After close only. Every ballot in receipt order (a hash: an order that says nothing), so any phone recounts. */
export async function results(input: { id: string }, ctx: Ctx): Promise<ResultsOutput> {
  const doc = await mustLoad(input.id, ctx)
  if (statusOf(doc, ctx.now()) !== 'closed') throw new AppError('CLOSED', '投票结束后才公布结果')
  const r = await tallyOf(doc, ctx)
  const closedAt = doc.closedAt ?? doc.closesAt
  const own = doc.kind === 'rating' ? await rectificationsOf(ctx.db, doc._id) : []
  return { ...r, ballot: await toBallot(doc, ctx), ...(doc.honour ? { objection: objectionOf(closedAt, ctx.now()) } : {}), ...(own.length ? { rectifications: own } : {}) }
}

/** The count the results and the 公示 draft share. */
export async function tallyOf(doc: BallotDoc, ctx: Pick<Ctx, 'db'>): Promise<Omit<ResultsOutput, 'ballot'>> {
  const casts = await castsOf(ctx.db, doc._id)
  const eligible = doc.eligibleAtClose ?? (await electorateOf(ctx.db, doc)).length
  const delegates = doc.electorate.presentAt ? (doc.delegatesAtClose ?? (await delegateCount(ctx.db))) : undefined
  const ballots = casts.map((c) => ({ receipt: c._id, choices: c.choices, ...(c.group !== undefined ? { group: c.group } : {}) }))
  const tally = count(
    doc,
    ballots.map((b) => ({ ...b.choices, group: b.group })),
    eligible,
    delegates
  )
  // a rating's ballots would give back the means that are withheld under MIN_BREAKDOWN raters
  const withhold = doc.kind === 'rating' && ballots.length < MIN_BREAKDOWN
  // and a small group's ballots, labelled, would give back its withheld breakdown: then no ballot shows its group
  const small = tally.kind === 'rating' && (tally.groups ?? []).some((g) => g.voters < MIN_BREAKDOWN)
  const published = small ? ballots.map(({ group: _g, ...b }) => b) : ballots
  return {
    eligible,
    ...(delegates !== undefined ? { delegates } : {}),
    voted: ballots.length,
    ballots: withhold ? null : published,
    tally,
    ...(withhold ? { withheld: `参评不足 ${MIN_BREAKDOWN} 人，为保护评议人，明细和逐票记录不公布` } : {}),
    ...(!withhold && small ? { withheld: `有评议组不足 ${MIN_BREAKDOWN} 人，为保护评议人，该组明细不公布，逐票记录不标组别；加权结果由系统计算` } : {})
  }
}
