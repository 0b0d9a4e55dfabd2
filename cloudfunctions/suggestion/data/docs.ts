import type { MeritPrize, SuggestionCategory, SuggestionStatus, TimelineStep } from '../../../types/suggestion'

/**
 * A stored suggestion (collection `suggestions`, _id = its number). Deliberately absent: openid,
 * member id, name, and any submission instant — only the month. The _id is the random number, not
 * a generated id, because generated ids (ObjectId-like) embed the time they were made.
 */
export interface SuggestionDoc {
  _id: string
  number: string
  month: string
  content: string
  category: SuggestionCategory
  status: SuggestionStatus
  reply: string | null
  forwardedTo?: string
  dueDate?: string
  steps: TimelineStep[]
  /** Ids of withdrawn steps (and their request keys): a late retry of one must not bring it back. */
  withdrawnSteps?: string[]
  claimHash: string
  prize?: MeritPrize
  lucky?: boolean
  claimedAt?: string
}

/** Per-month awards and draw (collection `suggestion_months`, _id = YYYY-MM). */
export interface MonthDoc {
  _id: string
  awards?: { number: string; prize: MeritPrize }[]
  awardedOn?: string
  /** YYYY-MM-DD, Shanghai: the last correction of the awards, if any */
  correctedOn?: string
  /** the 表彰 notice, once posted */
  noticeId?: string
  draw?: { commitment: string; count: number; committedOn: string; secret?: string; winners?: string[]; drawnOn?: string }
}

/** A day's submit count under rateKey (collection `suggestion_limits`): nothing else, so no trail. */
export interface LimitDoc {
  _id: string
  /** YYYY-MM-DD, Shanghai */
  day: string
  count: number
}

/** An officer the chair named 督导员 (collection `suggestion_supervisors`, _id = member id). */
export interface SupervisorDoc {
  _id: string
  /** YYYY-MM-DD, Shanghai */
  since: string
}
