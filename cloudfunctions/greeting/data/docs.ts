import type { Occasion } from '../../../types/greeting'
import type { Rendered } from '../lib/render'

export type PushOutcome = 'pending' | 'sent' | 'no-grant' | 'failed'

/** One card (collection `greetings`): its id is the (member, occasion, date) it greets, so it can exist only once. */
export interface GreetingDoc {
  _id: string
  memberId: string
  occasion: Rendered['occasion']
  /** YYYY-MM-DD, Shanghai */
  date: string
  /** YYYY-MM, for the chair's counts per month */
  month: string
  title: string
  text: string
  createdAt: string
  push: PushOutcome
  /** The first time the member opened the card (care's `forgotten` counts it as a contact). */
  openedAt?: string
  /** Made when the member first opens it: a forwarded card's path carries it, so colleagues can see this card (ids are guessable, the key is not). */
  shareKey?: string
}

export const greetingId = (memberId: string, occasion: string, date: string): string => `${memberId}:${occasion}:${date}`

/** One document per Shanghai day (collection `greeting_runs`, id = the date): where the day's run has got to. */
export interface RunDoc {
  _id: string
  /** the last member _id greeted; '' before the first */
  cursor: string
  done: boolean
  scanned: number
  created: number
  pushed: number
  startedAt: string
  updatedAt: string
  finishedAt?: string
}

/** The chair's template of an occasion (collection `greeting_templates`, id = occasion key). */
export interface TemplateDoc {
  _id: Occasion
  text?: string
  enabled?: boolean
  updatedAt: string
}
