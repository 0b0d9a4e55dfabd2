import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import { getAll, getDoc } from '../../_shared/db'
import type { MemberDoc } from '../../_shared/members'
import { ACTIVITIES, activeSignups, COUNTERS, SIGNUPS } from '../data/read'
import { fillFromWaitlist, newTurn, tellPromoted, withoutId } from '../data/waitlist'
import type { CounterDoc } from '../lib/counter'
import { MAIN_BATCH, signupId, type ActivityDoc, type SignupDoc } from '../lib/docs'
import { holderKey, touched } from '../lib/ledger'

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
  const _ = ctx.db.command
  const since = new Date(ctx.now().getTime() - 864e5).toISOString()
  const activities = await getAll<ActivityDoc>(
    ctx.db
      .collection(ACTIVITIES)
      .where({ startAt: _.gte(since) })
      .orderBy('_id', 'asc')
  )
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
    for (const batch of a.batches.length ? a.batches.map((b) => b.key) : [MAIN_BATCH]) await tellPromoted(ctx, a, await fillFromWaitlist(ctx, a._id, batch))
  }
  return { activities: activities.length, checked, repaired }
}

async function reconcileActivity(ctx: Pick<Ctx, 'db' | 'now' | 'openapi' | 'log'>, a: ActivityDoc): Promise<number> {
  const c = await getDoc<CounterDoc>(ctx.db, COUNTERS, a._id)
  if (!c) return 0
  // only a ledger at rest: a call still running (sign-up, cancel, fill) touched it moments ago,
  // and its entry write may simply not have landed yet
  if (c.touchedAt && ctx.now().getTime() - new Date(c.touchedAt).getTime() < AT_REST_MS) return 0
  // a place held for the waitlist by a fill that was cut off is given back
  for (const [batch, b] of Object.entries(c.batches)) {
    if (!b.promoting) continue
    const _ = ctx.db.command
    await ctx.db
      .collection(COUNTERS)
      .where({ _id: a._id, [`batches.${batch}.promoting`]: b.promoting, touchedAt: c.touchedAt ?? _.exists(false) })
      .update({ data: { [`batches.${batch}.confirmed`]: _.inc(-b.promoting), [`batches.${batch}.promoting`]: 0, ...touched(ctx.db) } })
  }
  const held = new Map(Object.entries(c.h ?? {}))
  const now = ctx.now().toISOString()
  let repaired = 0
  for (const s of await activeSignups(ctx.db, a._id)) {
    const h = held.get(holderKey(s.memberId))
    held.delete(holderKey(s.memberId))
    const status = h === 'c' ? 'confirmed' : h === 'w' ? 'waitlisted' : 'cancelled'
    if (status === s.status) continue
    // moved up by a promotion whose entry write was cut off: they are owed the news too
    const data = status === 'cancelled' ? { status, cancelledAt: now } : status === 'confirmed' && s.status === 'waitlisted' ? { status, promotedAt: now } : { status }
    await ctx.db.collection(SIGNUPS).doc(s._id).update({ data })
    repaired++
  }
  // promoted, but the push was cut off before it went
  const untold = await getAll<SignupDoc>(
    ctx.db
      .collection(SIGNUPS)
      .where({ activityId: a._id, status: 'confirmed', promotedAt: ctx.db.command.exists(true), toldAt: ctx.db.command.exists(false) })
      .orderBy('_id', 'asc')
  )
  await tellPromoted(ctx, a, untold)
  const members = held.size ? await membersByKey(ctx) : new Map<string, MemberDoc>()
  for (const [key, h] of held) {
    const member = members.get(key)
    if (!member) continue
    const id = signupId(a._id, member._id)
    const old = await getDoc<SignupDoc>(ctx.db, SIGNUPS, id)
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
    await ctx.db
      .collection(SIGNUPS)
      .doc(id)
      .set({ data: withoutId(entry) })
    repaired++
  }
  return repaired
}

/** Members by their ledger key (a hash of the id, so the roster is read once and hashed). */
async function membersByKey(ctx: Pick<Ctx, 'db'>): Promise<Map<string, MemberDoc>> {
  const roster = await getAll<MemberDoc>(ctx.db.collection('members').field({ name: true, unit: true }).orderBy('_id', 'asc'))
  return new Map(roster.map((m) => [holderKey(m._id), m]))
}
