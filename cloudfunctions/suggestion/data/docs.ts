import type { DrawInfo, MeritPrize, Redaction, SuggestionCategory, SuggestionStatus, TimelineStep } from '../../../types/suggestion'

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
  /**
   * YYYY-MM-DD, Beijing: the day whose 17:00 batch it goes out in, the only time kept about the
   * author's act. Absent on suggestions made before batches (they were published at once).
   */
  batch?: string
  /** false until the `publish` timer puts its batch on the board; absent means published */
  published?: boolean
  /** 隐去人名 before publication: who, which day, how many (the original text is kept nowhere) */
  redactions?: Redaction[]
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
  /** The lucky draw as the board shows it (types/suggestion-draw.ts): nothing in it is secret once stored. */
  draw?: DrawInfo
}

/** An officer the chair named 督导员 (collection `suggestion_supervisors`, _id = member id). */
export interface SupervisorDoc {
  _id: string
  /** YYYY-MM-DD, Shanghai */
  since: string
}
