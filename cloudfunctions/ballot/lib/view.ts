import type { Ballot, BallotStatus } from '../../../types/ballot'
import type { BallotDoc } from '../data/ballots'
import { rectificationsFor } from '../data/rectifications'
import type { Ctx } from '../../_shared/ctx'
import { meetingRef } from '../../_shared/meeting-presence'
import { groupOf, whyNotNow } from './electorate'

export function statusOf(doc: Pick<BallotDoc, 'closedAt' | 'closesAt' | 'opensAt'>, now: Date): BallotStatus {
  if (doc.closedAt || now.getTime() >= Date.parse(doc.closesAt)) return 'closed'
  return now.getTime() < Date.parse(doc.opensAt) ? 'upcoming' : 'open'
}

/** The ballot as the caller sees it: whether they may vote and why not, their rater group's key, and 整改 carried from earlier ratings. */
export async function toBallot(doc: BallotDoc, ctx: Pick<Ctx, 'member' | 'now' | 'db'>): Promise<Ballot> {
  const [why, meeting, rectifications] = await Promise.all([
    whyNotNow(ctx.db, ctx.member, doc),
    doc.electorate.presentAt ? meetingRef(ctx.db, doc.electorate.presentAt) : null,
    doc.kind === 'rating' ? rectificationsFor(ctx.db, doc.subjects ?? [], doc._id) : null
  ])
  const group = doc.raterGroups && ctx.member ? groupOf(ctx.member, doc.raterGroups) : -1
  return {
    id: doc._id,
    title: doc.title,
    ...(doc.description ? { description: doc.description } : {}),
    kind: doc.kind,
    electorate: doc.electorate,
    ...(meeting ? { meeting } : {}),
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    ...(doc.closedAt ? { closedAt: doc.closedAt } : {}),
    status: statusOf(doc, ctx.now()),
    options: doc.options,
    ...(doc.seats ? { seats: doc.seats } : {}),
    maxChoices: doc.maxChoices,
    ...(doc.subjects ? { subjects: doc.subjects, criteria: doc.criteria, scale: doc.scale } : {}),
    ...(doc.pass ? { pass: doc.pass } : {}),
    ...(doc.raterGroups ? { raterGroups: doc.raterGroups.map(({ publicKey: _k, ...g }) => g) } : {}),
    ...(group >= 0 ? { group } : {}),
    ...(rectifications && rectifications.length ? { rectifications } : {}),
    ...(doc.honour ? { honour: doc.honour } : {}),
    publicKey: group >= 0 ? doc.raterGroups![group].publicKey : doc.publicKey,
    mayVote: why === null,
    ...(why ? { whyNot: why } : {})
  }
}
