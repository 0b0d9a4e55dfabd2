import type { IdInput, RosterEntry, RosterOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { loadCounter } from '../data/counters'
import { MAIN_BATCH, type SignupDoc } from '../data/docs'
import { activeSignups } from '../data/signups'
import { turnoutOf } from '../lib/turnout'
import { toActivity } from '../lib/view'

function entryOf(s: SignupDoc): RosterEntry {
  const e: RosterEntry = { memberId: s.memberId, name: s.name, unit: s.unit, answers: s.answers, signedUpAt: s.signedUpAt, attended: Boolean(s.attended) }
  if (s.batch !== MAIN_BATCH) e.batch = s.batch
  if (s.checkinBy && s.attended) e.checkinBy = s.checkinBy
  return e
}

/** Confirmed and waitlisted with their answers; waitlist positions count within each batch. */
export async function roster(input: IdInput, ctx: Ctx): Promise<RosterOutput> {
  const a = await loadActivity(ctx.db, input.id)
  const counter = await loadCounter(ctx.db, a._id)
  const entries = await activeSignups(ctx.db, a._id)
  const confirmed = entries.filter((s) => s.status === 'confirmed').map(entryOf)
  const queued = new Map<string, number>()
  const waitlisted = entries
    .filter((s) => s.status === 'waitlisted')
    .map((s) => {
      const position = (queued.get(s.batch) ?? 0) + 1
      queued.set(s.batch, position)
      return { ...entryOf(s), position }
    })
  return { activity: toActivity(a, counter, { now: ctx.now(), who: null, mine: null }), confirmed, waitlisted, turnout: turnoutOf(confirmed) }
}
