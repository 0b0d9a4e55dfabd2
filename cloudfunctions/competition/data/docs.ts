import { createHash } from 'node:crypto'
import type { EventKind, Measure, Prizes } from '../../../types/competition'
import type { BracketFormat } from '../../../types/competition-bracket'

/** Collection `competitions`. */
export interface CompetitionDoc {
  _id: string
  title: string
  units: string[]
  unitLimit: number
  personLimit: number
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** An entrant's result as the chair published it: the members' view is computed from these. */
export interface PublishedResult {
  unit: string
  name: string
  memberId?: string
  value: number
  display: string
  scores?: number[]
}

/** Collection `comp_events`: one per event of a competition. */
export interface EventDoc {
  _id: string
  competitionId: string
  name: string
  kind: EventKind
  team: boolean
  category: '男子' | '女子' | '混合'
  points: number[]
  dropHighLow: boolean
  maxScore: number
  judges?: number
  measure: Measure
  unitLimit: number
  prizes: Prizes
  /** A ball game: its places come from the bracket (data/brackets.ts), written as results with value = place. */
  bracket?: { format: BracketFormat }
  /** Bumped by each recorded or corrected result. */
  version: number
  /** A snapshot of the results at publish time, so a later correction waits for the chair's review. */
  published?: { at: string; by: string; version: number; results: PublishedResult[] }
  createdAt: string
  updatedAt: string
}

export interface HistoryEntry {
  at: string
  by: string
  old?: { value: number; display: string; scores?: number[] }
  new: { value: number; display: string; scores?: number[] }
}

/** Collection `comp_results`, id keyId('result', event, member or unit + name): one per entrant of an event. */
export interface ResultDoc extends PublishedResult {
  _id: string
  competitionId: string
  eventId: string
  history: HistoryEntry[]
  recordedAt: string
  updatedAt: string
}

/** Collection `comp_entries`, id keyId('entry', event, member): a member entered in an event. */
export interface EntryDoc {
  _id: string
  competitionId: string
  eventId: string
  memberId: string
  name: string
  unit: string
  createdBy: string
  createdAt: string
}

/** A deterministic document id from its natural key, so a transaction can read it by id. */
export const keyId = (...parts: string[]): string => createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 32)

/** Collection `comp_requests`, id = the entry's id (keyId('entry', event, member)): a member asked to enter. */
export interface RequestDoc {
  _id: string
  competitionId: string
  eventId: string
  memberId: string
  name: string
  unit: string
  status: 'pending' | 'approved' | 'declined' | 'withdrawn'
  requestedAt: string
  decidedBy?: string
  decidedAt?: string
  reason?: string
}

/** Collection `comp_bonuses`, id keyId('bonus', competition, requestId): 奖励分 the chair gave a unit. */
export interface BonusDoc {
  _id: string
  competitionId: string
  unit: string
  points: number
  reason: string
  by: string
  at: string
  updatedAt: string
  /** removed by the chair: kept, so a late retry of the tap that added it cannot add it again */
  removedAt?: string
}
