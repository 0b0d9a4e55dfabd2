import type { Batch, CreateActivityInput } from '../../../types/activity'
import type { ActivityDoc, BatchDef } from '../data/docs'

/** Instants stored as UTC ISO strings, so comparing strings compares times. */
export const iso = (s: string): string => new Date(s).toISOString()

/** Keeps given batch keys (sign-ups refer to them) and numbers the new ones b1, b2, … */
export function keyBatches(batches: Batch[]): BatchDef[] {
  const used = new Set(batches.map((b) => b.key).filter(Boolean))
  let n = 1
  return batches.map((b) => {
    let key = b.key
    while (!key) {
      const k = `b${n++}`
      if (!used.has(k)) key = k
    }
    used.add(key)
    const out: BatchDef = { key, label: b.label }
    if (b.capacity !== undefined) out.capacity = b.capacity
    return out
  })
}

type Settings = Omit<ActivityDoc, '_id' | 'checkinCode' | 'createdBy' | 'createdAt' | 'updatedAt'>

/** The stored settings of a create input: defaults filled, instants normalised. */
export function settingsOf(input: CreateActivityInput): Settings {
  const s: Settings = {
    title: input.title,
    startAt: iso(input.startAt),
    signupClosesAt: iso(input.signupClosesAt),
    capacity: input.capacity ?? null,
    waitlist: input.waitlist ?? true,
    fields: input.fields ?? [],
    batches: keyBatches(input.batches ?? [])
  }
  if (input.description) s.description = input.description
  if (input.place) s.place = input.place
  if (input.endAt) s.endAt = iso(input.endAt)
  if (input.signupOpensAt) s.signupOpensAt = iso(input.signupOpensAt)
  if (input.quotas && Object.keys(input.quotas).length) s.quotas = input.quotas
  if (input.eligibility && Object.keys(input.eligibility).length) s.eligibility = input.eligibility
  if (input.offerHours) s.offerHours = input.offerHours
  if (input.competitionId) s.competitionId = input.competitionId
  if (input.allocation === 'lottery') {
    s.allocation = 'lottery'
    // the rest of a lottery always form the waitlist, in draw order
    s.waitlist = true
    if (input.priority) s.priority = input.priority
  }
  return s
}
