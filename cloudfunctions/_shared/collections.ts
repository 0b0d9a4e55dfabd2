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
/** One per (activity, member) told of a new activity, `<activityId>:<memberId>`, written before the send. */
export const ACTIVITY_PUSHES = 'activity_pushes'
/** One per member, id = member id: when they last looked at 活动 (the tab's badge counts what opened since). */
export const ACTIVITY_SEEN = 'activity_seen'
/** One per activity shared as a live card (动态消息), id = activity id: its WeChat activityIds and what the card shows (activity/data/cards.ts). */
export const ACTIVITY_CARDS = 'activity_cards'
/** One per lottery activity, id = activity id: the draw's secret (hidden until the draw), its commitment and, once drawn, the result (activity/data/lottery.ts). */
export const ACTIVITY_DRAWS = 'activity_draws'
export const COMPETITIONS = 'competitions'
export const COMP_EVENTS = 'comp_events'
export const COMP_RESULTS = 'comp_results'
export const COMP_ENTRIES = 'comp_entries'
/** Counter documents for entry limits, each holding its holders (competition/data/places.ts). */
export const COMP_COUNTERS = 'comp_counters'
/** Members' own entry requests, id = the entry's id: pending until their unit's officer decides (competition/data/requests.ts). */
export const COMP_REQUESTS = 'comp_requests'
/** 奖励分 for a unit, id from the chair's requestId so a double tap adds one (competition/data/bonuses.ts). */
export const COMP_BONUSES = 'comp_bonuses'
/** A ball game's bracket, id = the event's id: its plan, scores and schedule (competition/data/brackets.ts). */
export const COMP_BRACKETS = 'comp_brackets'
export const SUGGESTIONS = 'suggestions'
export const SUGGESTION_MONTHS = 'suggestion_months'
/** One per spent submission token, id = SHA-256 of the token, holding only the number it was spent on (suggestion/data/spent.ts). */
export const SUGGESTION_SPENT = 'suggestion_spent'
/** One per 附议, id = SHA-256 of its spent token, holding only the number: counted, never one hot document (suggestion/data/seconds.ts). */
export const SUGGESTION_SECONDS = 'suggestion_seconds'
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
/** 慰问 records, one per visit or payment (care/data/records.ts). */
export const CARE_RECORDS = 'care_records'
/** What a member has received per (member, Beijing year, occasion), written with each record so the cap holds under races. */
export const CARE_LEDGERS = 'care_ledgers'
/** Visit tasks opened by care.report. */
export const CARE_TASKS = 'care_tasks'
/** The union's rules (doc `rules`) and the hardship keeper (doc `keeper`). */
export const CARE_SETTINGS = 'care_settings'
export const CARE_DISTRIBUTIONS = 'care_distributions'
/** One per (distribution, member), `<distributionId>:<memberId>`: each 签收 writes its own document, none is hot. */
export const CARE_COLLECTS = 'care_collects'
/** 困难职工档案, one per member (id = memberId). */
export const CARE_HARDSHIP = 'care_hardship'
/** One per (task or hardship file, Shanghai day) reminded, `<kind>:<id>:<date>`, written before the push (care/handlers/remind.ts). */
export const CARE_REMINDERS = 'care_reminders'
/** One RSA key pair per anonymous purpose (`ballot:<id>`), id = purpose (_shared/anon). */
export const ANON_KEYS = 'anon_keys'
/** One per (purpose, member) who took their one-use token, `<purpose>:<memberId>`; no time (_shared/anon). */
export const ANON_ISSUED = 'anon_issued'
export const BALLOTS = 'ballots'
/** One per ballot cast, id = the receipt (hash of the spent token); no time, no voter. */
export const BALLOT_CASTS = 'ballot_casts'
/** 整改 items the chair records against a rated subject, carried to its next rating (ballot/data/rectifications.ts). */
export const BALLOT_RECTIFICATIONS = 'ballot_rectifications'
/** 评优 nomination rounds, and one nomination per (round, nominator, nominee) (ballot/data/nominations.ts). */
export const NOMINATION_ROUNDS = 'nomination_rounds'
export const NOMINATIONS = 'nominations'
/** The chair's 工作计划 by month, one per year (id = the year; report/data/plans.ts). */
export const REPORT_PLANS = 'report_plans'
/** 教代会 meetings (congress/data/meetings.ts). */
export const CONGRESS_MEETINGS = 'congress_meetings'
/** 提案, one per proposal, with its seconds, decision, answers and rating (congress/data/proposals.ts). */
export const CONGRESS_PROPOSALS = 'congress_proposals'
/** One per (meeting, 代表) checked in, `<meetingId>:<memberId>`: a retry writes nothing new. */
export const CONGRESS_CHECKINS = 'congress_checkins'
/** One per (proposal, Shanghai day) reminded of an overdue answer, written before the push. */
export const CONGRESS_REMINDERS = 'congress_reminders'

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
  ACTIVITY_PUSHES,
  ACTIVITY_SEEN,
  ACTIVITY_CARDS,
  ACTIVITY_DRAWS,
  COMPETITIONS,
  COMP_EVENTS,
  COMP_RESULTS,
  COMP_ENTRIES,
  COMP_COUNTERS,
  COMP_REQUESTS,
  COMP_BONUSES,
  COMP_BRACKETS,
  SUGGESTIONS,
  SUGGESTION_MONTHS,
  SUGGESTION_SPENT,
  SUGGESTION_SECONDS,
  SUGGESTION_SUPERVISORS,
  GREETINGS,
  GREETING_RUNS,
  GREETING_TEMPLATES,
  EXPORTS,
  BIND_ATTEMPTS,
  CLAIM_ATTEMPTS,
  CARE_RECORDS,
  CARE_LEDGERS,
  CARE_TASKS,
  CARE_SETTINGS,
  CARE_DISTRIBUTIONS,
  CARE_COLLECTS,
  CARE_HARDSHIP,
  CARE_REMINDERS,
  ANON_KEYS,
  ANON_ISSUED,
  BALLOTS,
  BALLOT_CASTS,
  BALLOT_RECTIFICATIONS,
  NOMINATION_ROUNDS,
  NOMINATIONS,
  REPORT_PLANS,
  CONGRESS_MEETINGS,
  CONGRESS_PROPOSALS,
  CONGRESS_CHECKINS,
  CONGRESS_REMINDERS
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
  [SUGGESTIONS]: ['month', 'status'],
  [SUGGESTION_SECONDS]: ['number'],
  [CARE_RECORDS]: ['year', 'memberId'],
  [CARE_TASKS]: ['status'],
  [CARE_COLLECTS]: ['distributionId', 'memberId'],
  [ANON_ISSUED]: ['purpose'],
  [BALLOT_CASTS]: ['purpose'],
  [BALLOT_RECTIFICATIONS]: ['subject'],
  [NOMINATIONS]: ['roundId'],
  [CONGRESS_PROPOSALS]: ['meetingId', 'status'],
  [CONGRESS_CHECKINS]: ['meetingId']
}
