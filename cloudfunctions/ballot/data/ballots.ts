import type { Choices, CountSpec } from '../../../types/ballot-count'
import type { Electorate, RaterGroup } from '../../../types/ballot'
import { BALLOT_CASTS, BALLOTS } from '../../_shared/collections'
import { addIfAbsent, getAll, getDoc, type Database } from '../../_shared/db'
import type { PublicKeyHex } from '../../_shared/anon/rsa'

export interface BallotDoc extends CountSpec {
  _id: string
  title: string
  description?: string
  electorate: Electorate
  /** rating: the rater groups, each with its own signing key (the ballot carries only the group). */
  raterGroups?: (RaterGroup & { publicKey: PublicKeyHex })[]
  /** 评优: the nomination round it was shortlisted from. */
  honour?: { roundId: string; honour: string }
  opensAt: string
  closesAt: string
  closedAt?: string
  /** The electorate's size when the chair closed it: the base of a motion passed by `eligible`. */
  eligibleAtClose?: number
  /** presentAt: every active 代表 at close (应到). */
  delegatesAtClose?: number
  maxChoices: number
  publicKey: PublicKeyHex
  createdBy: string
  createdAt: string
}

/** A cast ballot: id = receipt, and nothing else but what it was for and what it says (and, for rater groups, its group). */
export interface CastDoc {
  _id: string
  purpose: string
  choices: Choices
  group?: number
}

export const purposeOf = (ballotId: string) => `ballot:${ballotId}`
/** The key (and issuance) purpose of rater group k: a token signed under it says "group k" and nothing else. */
export const groupPurposeOf = (ballotId: string, k: number) => `ballot:${ballotId}:g${k}`
/** Every purpose tokens of this ballot are issued under. */
export const issuePurposesOf = (doc: Pick<BallotDoc, '_id' | 'raterGroups'>) => (doc.raterGroups ? doc.raterGroups.map((_, k) => groupPurposeOf(doc._id, k)) : [purposeOf(doc._id)])

export const loadBallot = (db: Database, id: string) => getDoc<BallotDoc>(db, BALLOTS, id)

export const insertBallot = (db: Database, doc: BallotDoc) => addIfAbsent(db, BALLOTS, doc as unknown as BallotDoc & Record<string, unknown>)

export async function markClosed(db: Database, id: string, closedAt: string, eligible: number, delegates?: number): Promise<void> {
  await db
    .collection(BALLOTS)
    .where({ _id: id, closedAt: db.command.exists(false) })
    .update({ data: { closedAt, eligibleAtClose: eligible, ...(delegates !== undefined ? { delegatesAtClose: delegates } : {}) } })
}

export const allBallots = (db: Database) => getAll(db.collection<BallotDoc>(BALLOTS).orderBy('closesAt', 'desc'))

export const castsOf = (db: Database, ballotId: string) =>
  getAll(
    db
      .collection<CastDoc>(BALLOT_CASTS)
      .where({ purpose: purposeOf(ballotId) })
      .orderBy('_id', 'asc')
  )

export const castCount = async (db: Database, ballotId: string) =>
  (
    await db
      .collection(BALLOT_CASTS)
      .where({ purpose: purposeOf(ballotId) })
      .count()
  ).total
