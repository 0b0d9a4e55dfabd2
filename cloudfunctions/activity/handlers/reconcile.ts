import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import type { MemberDoc } from '../../_shared/members'
import { activitiesSince } from '../data/activities'
import { loadCounter, newTurn, releasePromoting } from '../data/counters'
import { MAIN_BATCH, signupId, type ActivityDoc, type SignupDoc } from '../data/docs'
import { membersByKey } from '../data/members'
import { activeSignups, loadSignup, putSignup, untoldPromotions, updateSignup } from '../data/signups'
import { fillFromWaitlist, tellPromoted } from '../data/waitlist'
import { holderKey } from '../lib/ledger'
import { waitOrderOf } from '../data/lottery'

/** Longer than any function runs (60 s at most): a ledger untouched this long has no call in flight. */
const AT_REST_MS = 120_000

/**
 * Timer `reconcile`: the ledger is the record of who holds a place; an entry is written just after
 * it. A function cut off (timeout, crash) between the two leaves them apart until the member tries
 * again, or until this run: every entry is brought to what the ledger says, a place the ledger
 * holds with no entry gets one (its answers, never sent, are empty and it says so), and a place a
 * cut-off cancel freed goes to the head of the waitlist.
 */
export async function reconcile(_event: unknown, ctx: Ctx): Promise<{ activities: number; checked: number; repaired: number }> {
  const since = new Date(ctx.now().getTime() - 864e5).toISOString()
  const activities = await activitiesSince(ctx.db, since)
  // stop by the platform's remaining time; each run starts further along, so over a few runs
  // every activity is checked
  const over = timeUp(ctx.remainingMs)
  const offset = activities.length ? Math.floor(ctx.now().getTime() / 600_000) % activities.length : 0
  let repaired = 0
  let checked = 0
  for (; checked < activities.length && !over(); checked++) {
    const a = activities[(offset + checked) % activities.length]
    repaired += await reconcileActivity(ctx, a)
    // a cancel cut off before it promoted anyone left a place free with people waiting
    for (const batch of a.batches.length ? a.batches.map((b) => b.key) : [MAIN_BATCH]) await tellPromoted(ctx, a, await fillFromWaitlist(ctx, a._id, batch, a.offerHours, await waitOrderOf(ctx.db, a)))
  }
  return { activities: activities.length, checked, repaired }
}

async function reconcileActivity(ctx: Pick<Ctx, 'db' | 'now' | 'openapi' | 'log'>, a: ActivityDoc): Promise<number> {
  const c = await loadCounter(ctx.db, a._id)
  if (!c) return 0
  // only a ledger at rest: a call still running (sign-up, cancel, fill) touched it moments ago,
  // and its entry write may simply not have landed yet
  if (c.touchedAt && ctx.now().getTime() - new Date(c.touchedAt).getTime() < AT_REST_MS) return 0
  // a place held for the waitlist by a fill that was cut off is given back
  for (const [batch, b] of Object.entries(c.batches)) {
    if (!b.promoting) continue
    await releasePromoting(ctx.db, a._id, batch, b.promoting, c.touchedAt)
  }
  const held = new Map(Object.entries(c.h ?? {}))
  const now = ctx.now().toISOString()
  let repaired = 0
  for (const s of await activeSignups(ctx.db, a._id)) {
    const h = held.get(holderKey(s.memberId))
    held.delete(holderKey(s.memberId))
    const status = h === 'c' ? 'confirmed' : h === 'w' ? 'waitlisted' : 'cancelled'
    // an offer holds its place in the ledger until it is confirmed or passes on
    if (status === s.status || (status === 'confirmed' && s.status === 'offered')) continue
    // moved up by a promotion whose entry write was cut off: they are owed the news too
    const data = status === 'cancelled' ? { status, cancelledAt: now } : status === 'confirmed' && s.status === 'waitlisted' ? { status, promotedAt: now } : { status }
    await updateSignup(ctx.db, s._id, data)
    repaired++
  }
  // promoted, but the push was cut off before it went
  await tellPromoted(ctx, a, await untoldPromotions(ctx.db, a._id))
  const members = held.size ? await membersByKey(ctx.db) : new Map<string, MemberDoc>()
  for (const [key, h] of held) {
    const member = members.get(key)
    if (!member) continue
    const id = signupId(a._id, member._id)
    const old = await loadSignup(ctx.db, id)
    if (old && old.status !== 'cancelled') continue
    const entry: SignupDoc = {
      _id: id,
      activityId: a._id,
      memberId: member._id,
      name: member.name,
      unit: member.unit,
      batch: old?.batch ?? Object.keys(c.batches)[0],
      status: h === 'c' ? 'confirmed' : 'waitlisted',
      seq: await newTurn(ctx, a._id),
      answers: {},
      signedUpAt: now,
      recovered: true
    }
    if (c.g?.[key]) entry.companions = c.g[key]
    await putSignup(ctx.db, entry)
    repaired++
  }
  return repaired
}
