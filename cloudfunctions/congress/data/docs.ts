import type { Decision, Rating } from '../../../types/congress'
import type { ProposalStatus } from '../../../types/congress'

/** A meeting (collection `congress_meetings`). */
export interface MeetingDoc {
  _id: string
  title: string
  proposalOpensAt: string
  proposalClosesAt: string
  heldAt: string
  seconds: number
  /** The check-in code read out in the hall; sent to the chair alone on the day. */
  code: string
  /** Proposals numbered so far: the next one takes count + 1 (bumped in the submit transaction). */
  count: number
  createdAt: string
}

export interface PersonRef {
  memberId: string
  name: string
  unit: string
}

/** A 提案 (collection `congress_proposals`). */
export interface ProposalDoc {
  _id: string
  meetingId: string
  number: number
  title: string
  reason: string
  measures: string
  category?: string
  /** Copied from the box: number and words only, never anything that joins to the writer. */
  fromSuggestion?: { number: string; content: string }
  proposer: PersonRef
  seconders: PersonRef[]
  status: ProposalStatus
  decision?: { decision: Decision; reason: string; department?: string; dueAt?: string; mergedInto?: number; at: string; by: string }
  /** Shanghai date the (next) answer is due: the 督办 machinery's field, as suggestions have it. */
  dueDate?: string
  answers: { answer: string; at: string; by: string }[]
  rating?: { rating: Rating; comment?: string; at: string }
  reopened: boolean
  createdAt: string
  updatedAt: string
}
