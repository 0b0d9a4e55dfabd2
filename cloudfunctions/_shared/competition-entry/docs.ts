import { createHash } from 'node:crypto'
import type { EventKind, Measure, Prizes } from '../../../types/competition'
import type { BracketFormat } from '../../../types/competition-bracket'

/*
 * The competition documents a member's entry request reads and writes. They live here, not in
 * competition/data, because activity's sign-up makes the same requests (参赛项目) and a function's
 * bundle cannot import another function's folder; competition/data/docs.ts re-exports them.
 */

/** Collection `competitions`. */
export interface CompetitionDoc {
  _id: string
  title: string
  units: string[]
  unitLimit: number
  personLimit: number
  /** 参与分: points per member checked in at an activity linked to this competition. */
  participation?: { perCheckin: number }
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
  /** Asked through this activity's sign-up (参赛项目): cancelling that sign-up withdraws it while pending. */
  activityId?: string
}
