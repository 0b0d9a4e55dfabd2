import type { Ctx } from '../../_shared/ctx'
import { getDoc, type Database } from '../../_shared/db'
import { pushOnce } from '../../_shared/push'
import type { GreetedMember } from './occasions'
import type { Rendered } from './render'

export const GREETINGS = 'greetings'

export type PushOutcome = 'pending' | 'sent' | 'no-grant' | 'failed'

/** One card: its id is the (member, occasion, date) it greets, so it can exist only once. */
export interface GreetingDoc {
  _id: string
  memberId: string
  occasion: Rendered['occasion']
  /** YYYY-MM-DD, Shanghai */
  date: string
  /** YYYY-MM, for the chair's counts per month */
  month: string
  title: string
  text: string
  createdAt: string
  push: PushOutcome
}

export interface Recipient extends GreetedMember {
  openid?: string
  grants?: Record<string, number>
}

const greetingId = (memberId: string, occasion: string, date: string): string => `${memberId}:${occasion}:${date}`

/** add() with a fixed _id fails when the id exists: create-if-absent in one atomic write. */
async function createIfAbsent(db: Database, doc: GreetingDoc): Promise<boolean> {
  try {
    await db.collection(GREETINGS).add({ data: doc as unknown as Record<string, unknown> })
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
  await ctx.db
    .collection(GREETINGS)
    .doc(doc._id)
    .update({ data: { push: outcome } })
  return outcome === 'sent' ? 'pushed' : 'created'
}
