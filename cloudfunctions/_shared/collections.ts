/**
 * Every collection the functions use. CloudBase has a collection only once it is created, so
 * member.setup creates each of these; a function that adds a collection adds it here.
 */
export const COLLECTIONS = [
  'members',
  'bindings',
  'notices',
  'notice_reads',
  'notice_pushes',
  'activities',
  'activity_counters',
  'signups',
  'competitions',
  'comp_events',
  'comp_results',
  'comp_entries',
  'comp_counters',
  'suggestions',
  'suggestion_months',
  'suggestion_limits',
  'suggestion_supervisors',
  'greetings',
  'greeting_runs',
  'greeting_templates',
  'exports',
  'bind_attempts',
  'claim_attempts'
] as const

export type CollectionName = (typeof COLLECTIONS)[number]

/**
 * The leading field of each index production needs (README, "Indexes production needs": created in
 * the console, since wx-server-sdk cannot). The local stand-in builds the same, so a query there
 * costs what it costs on CloudBase and not a scan of the collection.
 */
export const INDEXED_FIELDS: Partial<Record<CollectionName, string[]>> = {
  members: ['openid', 'inviteCode', 'unit'],
  notice_reads: ['noticeId', 'memberId'],
  activities: ['startAt'],
  signups: ['activityId', 'memberId'],
  comp_events: ['competitionId'],
  comp_results: ['eventId', 'competitionId'],
  comp_entries: ['eventId', 'memberId'],
  greetings: ['memberId', 'month'],
  suggestions: ['month', 'status']
}
