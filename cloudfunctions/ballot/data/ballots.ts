import type { Choices, CountSpec } from '../../../types/ballot-count'
import type { Electorate } from '../../../types/ballot'
import { BALLOT_CASTS, BALLOTS } from '../../_shared/collections'
import { addIfAbsent, getAll, getDoc, type Database } from '../../_shared/db'
import type { PublicKeyHex } from '../../_shared/anon/rsa'

export interface BallotDoc extends CountSpec {
  _id: string
  title: string
  description?: string
  electorate: Omit<Electorate, 'presentAt'>
  opensAt: string
  closesAt: string
  closedAt?: string
  /** The electorate's size when the chair closed it: the base of a motion passed by `eligible`. */
  eligibleAtClose?: number
  maxChoices: number
  publicKey: PublicKeyHex
  createdBy: string
  createdAt: string
}

/** A cast ballot: id = receipt, and nothing else but what it was for and what it says. */
export interface CastDoc {
  _id: string
  purpose: string
  choices: Choices
}

export const purposeOf = (ballotId: string) => `ballot:${ballotId}`

export const loadBallot = (db: Database, id: string) => getDoc<BallotDoc>(db, BALLOTS, id)

export const insertBallot = (db: Database, doc: BallotDoc) => addIfAbsent(db, BALLOTS, doc as unknown as BallotDoc & Record<string, unknown>)

export async function markClosed(db: Database, id: string, closedAt: string, eligible: number): Promise<void> {
  await db
    .collection(BALLOTS)
    .where({ _id: id, closedAt: db.command.exists(false) })
    .update({ data: { closedAt, eligibleAtClose: eligible } })
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
