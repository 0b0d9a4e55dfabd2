import { COMP_BRACKETS } from '../../_shared/collections'
import { collection, getAll, getDoc, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import type { BracketFormat, MatchPoints, Team } from '../../../types/competition-bracket'
import type { PlannedMatch } from '../lib/bracket/plan'
import type { RecordedScore } from '../lib/bracket/resolve'

/** Collection `comp_brackets`, id = the event's id: one document, so a score and the places it settles are written in one transaction. */
export interface BracketDoc {
  _id: string
  competitionId: string
  eventId: string
  format: BracketFormat
  teams: Team[]
  points: MatchPoints
  thirdPlace: boolean
  groupSize: number
  advance: number
  plan: PlannedMatch[]
  scores: Record<string, RecordedScore & { by: string; at: string }>
  schedule: Record<string, { at?: string; court?: string }>
  /** the places last written as results ([team, place]), so an unchanged bracket writes nothing */
  places: [number, number][] | null
  createdBy: string
  createdAt: string
  updatedAt: string
}

export const bracketsIn = (db: Database) => collection<BracketDoc>(db, COMP_BRACKETS)
export const loadBracket = (db: Database, eventId: string) => getDoc<BracketDoc>(db, COMP_BRACKETS, eventId)
export const bracketsOf = (db: Database, competitionId: string) => getAll(bracketsIn(db).where({ competitionId }))
export const txLoadBracket = (tx: Transaction, eventId: string) => txGetDoc<BracketDoc>(tx, COMP_BRACKETS, eventId)

export async function txPutBracket(tx: Transaction, doc: BracketDoc): Promise<void> {
  const { _id, ...data } = doc
  await tx.collection(COMP_BRACKETS).doc(_id).set({ data })
}

/** `<eventId>:<code>` ↔ its parts. */
export const matchIdOf = (eventId: string, code: string) => `${eventId}:${code}`
export function parseMatchId(id: string): { eventId: string; code: string } | null {
  const i = id.lastIndexOf(':')
  return i > 0 ? { eventId: id.slice(0, i), code: id.slice(i + 1) } : null
}
