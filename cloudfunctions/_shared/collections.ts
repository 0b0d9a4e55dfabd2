/*
 * Every collection the functions use, by the one name each has. A function's data/ folder owns its
 * own (reads and writes go through it); only the shared modules in _shared touch another's.
 */

/** The roster, one document per member (_shared/members.ts). */
export const MEMBERS = 'members'
/** One per bound openid (`bindings/<openid>`), so an openid binds one member (member/data/bindings.ts). */
export const BINDINGS = 'bindings'
export const NOTICES = 'notices'
/** Read receipts, `<noticeId>:<memberId>` (_shared/notices.ts). */
export const NOTICE_READS = 'notice_reads'
/** One per (notice, member, round) pushed, written before the send (_shared/notices.ts). */
export const NOTICE_PUSHES = 'notice_pushes'
export const ACTIVITIES = 'activities'
/** The ledger of places, one per activity (activity/data/docs.ts CounterDoc). */
export const ACTIVITY_COUNTERS = 'activity_counters'
export const SIGNUPS = 'signups'
export const COMPETITIONS = 'competitions'
export const COMP_EVENTS = 'comp_events'
export const COMP_RESULTS = 'comp_results'
export const COMP_ENTRIES = 'comp_entries'
/** Counter documents for entry limits, each holding its holders (competition/data/places.ts). */
export const COMP_COUNTERS = 'comp_counters'
export const SUGGESTIONS = 'suggestions'
export const SUGGESTION_MONTHS = 'suggestion_months'
/** Per-day submit counts under a keyed hash of the openid (suggestion/lib/rate-key.ts). */
export const SUGGESTION_LIMITS = 'suggestion_limits'
export const SUGGESTION_SUPERVISORS = 'suggestion_supervisors'
export const GREETINGS = 'greetings'
/** Where each Shanghai day's greeting run has got to. */
export const GREETING_RUNS = 'greeting_runs'
export const GREETING_TEMPLATES = 'greeting_templates'
/** One record per uploaded export, removed after a day (_shared/exports.ts). */
export const EXPORTS = 'exports'
/** Invite-code tries per openid (_shared/throttle.ts). */
export const BIND_ATTEMPTS = 'bind_attempts'
/** Claim-code tries per winning number (_shared/throttle.ts). */
export const CLAIM_ATTEMPTS = 'claim_attempts'

/**
 * CloudBase has a collection only once it is created, so member.setup creates each of these; a
 * function that adds a collection adds it above and here.
 */
export const COLLECTIONS = [
  MEMBERS,
  BINDINGS,
  NOTICES,
  NOTICE_READS,
  NOTICE_PUSHES,
  ACTIVITIES,
  ACTIVITY_COUNTERS,
  SIGNUPS,
  COMPETITIONS,
  COMP_EVENTS,
  COMP_RESULTS,
  COMP_ENTRIES,
  COMP_COUNTERS,
  SUGGESTIONS,
  SUGGESTION_MONTHS,
  SUGGESTION_LIMITS,
  SUGGESTION_SUPERVISORS,
  GREETINGS,
  GREETING_RUNS,
  GREETING_TEMPLATES,
  EXPORTS,
  BIND_ATTEMPTS,
  CLAIM_ATTEMPTS
] as const

export type CollectionName = (typeof COLLECTIONS)[number]

/**
 * The leading field of each index production needs (README, "Indexes production needs": created in
 * the console, since wx-server-sdk cannot). The local stand-in builds the same, so a query there
 * costs what it costs on CloudBase and not a scan of the collection.
 */
export const INDEXED_FIELDS: Partial<Record<CollectionName, string[]>> = {
  [MEMBERS]: ['openid', 'inviteCode', 'unit'],
  [NOTICE_READS]: ['noticeId', 'memberId'],
  [ACTIVITIES]: ['startAt'],
  [SIGNUPS]: ['activityId', 'memberId'],
  [COMP_EVENTS]: ['competitionId'],
  [COMP_RESULTS]: ['eventId', 'competitionId'],
  [COMP_ENTRIES]: ['eventId', 'memberId'],
  [GREETINGS]: ['memberId', 'month'],
  [SUGGESTIONS]: ['month', 'status']
}
