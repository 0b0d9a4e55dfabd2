import type { PublishedResult } from '../../_shared/competition-entry/docs'

export { keyId, type CompetitionDoc, type EntryDoc, type EventDoc, type PublishedResult, type RequestDoc } from '../../_shared/competition-entry/docs'

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
