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
  /** Called off by an officer (cancelActivity): sign-up refused, members see why. */
  cancelled?: { at: string; by: string; reason: string }
  /** Absent: first-come. */
  allocation?: 'lottery'
  /** A promotion from the waitlist is an offer to confirm within this many hours. */
  offerHours?: number
  priority?: { lastN: number }
  /** Lottery: when drawPlaces allocated the places (the priority rule looks back by it). */
  drawnAt?: string
  /** A sports day: the competition whose events the sign-up offers as 参赛项目 (data/entries.ts). */
  competitionId?: string
}

/** entered: in a lottery not yet drawn, holding nothing in the ledger; offered: holds a place ('c') until offerExpiresAt. */
export type StoredStatus = 'confirmed' | 'waitlisted' | 'cancelled' | 'entered' | 'offered'

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
  /** Why it went to the waitlist, as the member was told (the places, or their unit's quota). */
  waitReason?: string
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
  /** When the member was told the activity was called off (set before the push, so it goes once) */
  calledOffToldAt?: string
  /** Rebuilt from the ledger by the reconcile timer after a cut-off: the answers were never saved. */
  recovered?: boolean
  /** Lottery: the 抽签号 (the seq at entry) and, after the draw, whether it won a place. */
  ticket?: string
  drawn?: 'won' | 'lost'
  offerExpiresAt?: string
  /** An offer that passed on, or a place given up by decline. */
  leftBy?: 'expired' | 'declined'
  /** 代报: signed up by this officer (signupFor). */
  proxyBy?: { id: string; name: string }
  /** Extra people coming (the companions field): the ledger holds 1 + companions places. */
  companions?: number
}

export interface BatchCount {
  /** null = unlimited */
  capacity: number | null
  /** places taken, including those held for the waitlist (promoting) */
  confirmed: number
  waitlisted: number
  /** places held for the head of the waitlist while its member is moved up (lib/ledger.ts) */
  promoting?: number
}

/** A member's place in the ledger: confirmed (c) or waitlisted (w); the batch is on their entry. */
export type Holder = 'c' | 'w'

/**
 * Collection `activity_counters`, id = activity id: the ledger of places. Every sign-up, cancel and
 * promotion is ONE conditional update of it (MongoDB applies it atomically to the document), never
 * a transaction: a thousand members at once would queue behind one transaction for tens of
 * seconds, while conditional updates are answered as fast as they arrive. `h` holds who has a
 * place, so a retried or repeated call finds its own and changes nothing; the counts and `h`
 * change in the same update, so they always agree. It holds the limits it enforces, so an edit
 * and a sign-up never judge by different capacities.
 */
export interface CounterDoc {
  _id: string
  batches: Record<string, BatchCount>
  /** confirmed places per unit (by unitKey), across batches; 0 for every unit with a quota */
  units: Record<string, number>
  quotas: Record<string, number>
  waitlist: boolean
  /** the next sign-up's seq: the waitlist is served in seq order */
  nextSeq: number
  /** by holderKey(member id) (lib/ledger.ts) */
  h: Record<string, Holder>
  /** the last write (lib/ledger.ts touched): reconcile waits until it is older than any function runs */
  touchedAt?: Date
  /** shared as a live card (data/cards.ts): a change of places updates it */
  card?: true
  /** by holderKey: companions of a holder, who hold that many more places (absent: none) */
  g?: Record<string, number>
  /** a lottery's draw has been written into the ledger */
  drawn?: true
}

export const signupId = (activityId: string, memberId: string): string => `${activityId}:${memberId}`

/** Unit names as counter keys: "." would read as a path and "$" as an operator. */
export const unitKey = (unit: string): string => unit.replace(/\./g, '．').replace(/^\$/, '＄')

/** A document's fields without its _id: what set() takes. */
export const withoutId = <T extends { _id: string }>(d: T): Omit<T, '_id'> => {
  const { _id, ...rest } = d
  return rest
}
