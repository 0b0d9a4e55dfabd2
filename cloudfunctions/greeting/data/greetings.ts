import { GREETINGS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { collection, getDoc, type Database } from '../../_shared/db'
import { pushOnce } from '../../_shared/push'
import type { Rendered } from '../lib/render'
import { greetingId, type GreetingDoc } from './docs'
import type { Recipient } from './roster'

const greetingsIn = (db: Database) => collection<GreetingDoc>(db, GREETINGS)

export const loadGreeting = (db: Database, id: string) => getDoc<GreetingDoc>(db, GREETINGS, id)

/** Marks the card opened, once: a second look keeps the first time. */
export async function markOpened(db: Database, id: string, now: string): Promise<void> {
  await greetingsIn(db)
    .where({ _id: id, openedAt: db.command.exists(false) })
    .update({ data: { openedAt: now } })
}

/** Gives the card its share key, once: two first opens at the same moment agree on the stored one. */
export async function ensureShareKey(db: Database, id: string, key: string): Promise<string> {
  await greetingsIn(db)
    .where({ _id: id, shareKey: db.command.exists(false) })
    .update({ data: { shareKey: key } })
  return (await loadGreeting(db, id))?.shareKey ?? key
}

/** A member's cards, newest first (a member gets a dozen or so a year). */
export async function inboxOf(db: Database, memberId: string): Promise<GreetingDoc[]> {
  const { data } = await greetingsIn(db).where({ memberId }).orderBy('date', 'desc').limit(100).get()
  return data
}

/** How many cards a month (YYYY-MM) has. */
export const countMonth = async (db: Database, month: string): Promise<number> => (await greetingsIn(db).where({ month }).count()).total

/** add() with a fixed _id fails when the id exists: create-if-absent in one atomic write. */
async function createIfAbsent(db: Database, doc: GreetingDoc): Promise<boolean> {
  try {
    await greetingsIn(db).add({ data: doc })
    return true
  } catch (e) {
    if (await getDoc(db, GREETINGS, doc._id)) return false
    throw e
  }
}

/**
 * Writes the card, and only the call that wrote it announces it: an overlapping or resumed run
 * finds the card and stops, so a refused send (43101) is recorded once and never retried.
 */
export async function deliver(ctx: Pick<Ctx, 'db' | 'openapi' | 'log'>, m: Recipient, card: Rendered, date: string, createdAt: string): Promise<'exists' | 'created' | 'pushed'> {
  const canPush = Boolean(m.openid) && (m.grants?.greeting ?? 0) > 0
  const doc: GreetingDoc = {
    _id: greetingId(m._id, card.occasion, date),
    memberId: m._id,
    occasion: card.occasion,
    date,
    month: date.slice(0, 7),
    title: card.title,
    text: card.text,
    createdAt,
    push: canPush ? 'pending' : 'no-grant'
  }
  if (!(await createIfAbsent(ctx.db, doc))) return 'exists'
  if (!canPush) return 'created'
  const page = `pages/greeting-card/index?id=${encodeURIComponent(doc._id)}`
  const outcome = await pushOnce(ctx, { _id: m._id, openid: m.openid }, 'greeting', page, { title: card.title, name: m.name, date })
  await greetingsIn(ctx.db)
    .doc(doc._id)
    .update({ data: { push: outcome } })
  return outcome === 'sent' ? 'pushed' : 'created'
}
