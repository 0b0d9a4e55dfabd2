import { createHash } from 'node:crypto'
import type { CompEvent, Competition, EventKind, Measure, Prizes } from '../../types/competition'

/** Collections of the competition function. */
export const COMPETITIONS = 'competitions'
export const EVENTS = 'comp_events'
export const RESULTS = 'comp_results'
export const ENTRIES = 'comp_entries'
/** Counter documents for entry limits, each holding its holders (places.ts). */
export const COUNTERS = 'comp_counters'

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

export interface ResultDoc extends PublishedResult {
  _id: string
  competitionId: string
  eventId: string
  history: HistoryEntry[]
  recordedAt: string
  updatedAt: string
}

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

export function toCompetition(d: CompetitionDoc): Competition {
  return { id: d._id, title: d.title, units: d.units, unitLimit: d.unitLimit, personLimit: d.personLimit, createdAt: d.createdAt }
}

function eventStatus(d: EventDoc): CompEvent['status'] {
  if (d.published && d.published.version === d.version) return 'published'
  return d.version === 0 ? 'empty' : 'pending'
}

export function toEvent(d: EventDoc): CompEvent {
  const e: CompEvent = {
    id: d._id,
    competitionId: d.competitionId,
    name: d.name,
    kind: d.kind,
    team: d.team,
    category: d.category,
    points: d.points,
    dropHighLow: d.dropHighLow,
    maxScore: d.maxScore,
    measure: d.measure,
    unitLimit: d.unitLimit,
    prizes: d.prizes,
    status: eventStatus(d),
    version: d.version
  }
  if (d.judges !== undefined) e.judges = d.judges
  if (d.published) e.publishedAt = d.published.at
  return e
}
