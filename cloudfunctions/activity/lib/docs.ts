import type { Answers, Eligibility, SignupField } from '../../../types/activity'

/** Key of the one implicit batch of an activity without 分批. */
export const MAIN_BATCH = 'main'

export interface BatchDef {
  key: string
  label: string
  capacity?: number
}

/** Collection `activities`. Instants are UTC ISO strings, so string order is time order. */
export interface ActivityDoc {
  _id: string
  title: string
  description?: string
  place?: string
  startAt: string
  endAt?: string
  signupOpensAt?: string
  signupClosesAt: string
  /** null = unlimited; always null when there are batches (each has its own). */
  capacity: number | null
  waitlist: boolean
  quotas?: Record<string, number>
  eligibility?: Eligibility
  fields: SignupField[]
  batches: BatchDef[]
  /** 4 digits the officer shows on site; never sent to members. */
  checkinCode: string
  createdBy: string
  createdAt: string
  updatedAt: string
}

export type StoredStatus = 'confirmed' | 'waitlisted' | 'cancelled'

/** Collection `signups`, id `<activityId>:<memberId>`: one entry per member per activity. */
export interface SignupDoc {
  _id: string
  activityId: string
  memberId: string
  /** Snapshot at sign-up, so the roster needs no join. */
  name: string
  unit: string
  batch: string
  status: StoredStatus
  /** Sign-up order within the activity; the waitlist is served in seq order. */
  seq: number
  answers: Answers
  signedUpAt: string
  promotedAt?: string
  /** When the member was told of their promotion (set before the push, so it goes once) */
  toldAt?: string
  cancelledAt?: string
  attended?: boolean
  attendedAt?: string
  checkinBy?: 'code' | 'officer'
  checkinFails?: number
  remindedAt?: string
  /** Rebuilt from the ledger by the reconcile timer after a cut-off: the answers were never saved. */
  recovered?: boolean
}

export const signupId = (activityId: string, memberId: string): string => `${activityId}:${memberId}`

/** Unit names as counter keys: "." would read as a path and "$" as an operator. */
export const unitKey = (unit: string): string => unit.replace(/\./g, '．').replace(/^\$/, '＄')
