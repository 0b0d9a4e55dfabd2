import type { IdInput, RosterEntry, RosterOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { loadCounter } from '../data/counters'
import { MAIN_BATCH, type SignupDoc } from '../data/docs'
import { activeSignups } from '../data/signups'
import { turnoutOf } from '../lib/turnout'
import { toActivity } from '../lib/view'
import { entrantsOf, lotteryView, waitOrderOf } from '../data/lottery'

function entryOf(s: SignupDoc): RosterEntry {
  const e: RosterEntry = { memberId: s.memberId, name: s.name, unit: s.unit, answers: s.answers, signedUpAt: s.signedUpAt, attended: Boolean(s.attended) }
  if (s.batch !== MAIN_BATCH) e.batch = s.batch
  if (s.checkinBy && s.attended) e.checkinBy = s.checkinBy
  if (s.proxyBy) e.proxyBy = s.proxyBy.name
  if (s.companions) e.companions = s.companions
  if (s.status === 'offered' && s.offerExpiresAt) e.offerExpiresAt = s.offerExpiresAt
  return e
}

/** Confirmed and waitlisted with their answers; waitlist positions count within each batch. */
export async function roster(input: IdInput, ctx: Ctx): Promise<RosterOutput> {
  const a = await loadActivity(ctx.db, input.id)
  const counter = await loadCounter(ctx.db, a._id)
  const entries = await activeSignups(ctx.db, a._id)
  // an offered place is held for its member until they confirm or it passes on: it counts as taken
  const confirmed = entries.filter((s) => s.status === 'confirmed' || s.status === 'offered').map(entryOf)
  const queued = new Map<string, number>()
  const order = await waitOrderOf(ctx.db, a)
  const rank = new Map((order ?? []).map((m, i) => [m, i]))
  const waitlisted = entries
    .filter((s) => s.status === 'waitlisted')
    // a lottery's waitlist is in draw order
    .sort((x, y) => (order ? (rank.get(x.memberId) ?? 0) - (rank.get(y.memberId) ?? 0) : 0))
    .map((s) => {
      const position = (queued.get(s.batch) ?? 0) + 1
      queued.set(s.batch, position)
      return { ...entryOf(s), position }
    })
  const lottery = a.allocation === 'lottery' ? await lotteryView(ctx.db, a, ctx.now().toISOString()) : {}
  const out: RosterOutput = { activity: toActivity(a, counter, { now: ctx.now(), who: null, mine: null, ...lottery }), confirmed, waitlisted, turnout: turnoutOf(confirmed) }
  if (a.allocation === 'lottery' && !a.drawnAt) out.entered = (await entrantsOf(ctx.db, a._id)).map(entryOf)
  return out
}
