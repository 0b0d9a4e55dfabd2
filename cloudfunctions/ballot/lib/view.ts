import type { Ballot, BallotStatus } from '../../../types/ballot'
import type { BallotDoc } from '../data/ballots'
import type { Ctx } from '../../_shared/ctx'
import { whyNot } from './electorate'

export function statusOf(doc: BallotDoc, now: Date): BallotStatus {
  if (doc.closedAt || now.getTime() >= Date.parse(doc.closesAt)) return 'closed'
  return now.getTime() < Date.parse(doc.opensAt) ? 'upcoming' : 'open'
}

export function toBallot(doc: BallotDoc, ctx: Pick<Ctx, 'member' | 'now'>): Ballot {
  const why = whyNot(ctx.member, doc.electorate)
  return {
    id: doc._id,
    title: doc.title,
    ...(doc.description ? { description: doc.description } : {}),
    kind: doc.kind,
    electorate: doc.electorate,
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    ...(doc.closedAt ? { closedAt: doc.closedAt } : {}),
    status: statusOf(doc, ctx.now()),
    options: doc.options,
    ...(doc.seats ? { seats: doc.seats } : {}),
    maxChoices: doc.maxChoices,
    ...(doc.subjects ? { subjects: doc.subjects, criteria: doc.criteria, scale: doc.scale } : {}),
    ...(doc.pass ? { pass: doc.pass } : {}),
    publicKey: doc.publicKey,
    mayVote: why === null,
    ...(why ? { whyNot: why } : {})
  }
}
