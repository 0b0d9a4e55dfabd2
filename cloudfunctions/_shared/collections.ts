/**
 * Every collection the functions use. CloudBase has a collection only once it is created, so
 * member.setup creates each of these; a function that adds a collection adds it here.
 */
export const COLLECTIONS = [
  'members',
  'bindings',
  'notices',
  'notice_reads',
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
  'greeting_templates'
] as const

export type CollectionName = (typeof COLLECTIONS)[number]
