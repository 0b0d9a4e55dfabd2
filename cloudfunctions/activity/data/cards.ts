import type { Ctx } from '../../_shared/ctx'
import { ACTIVITY_CARDS, ACTIVITY_COUNTERS } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, type Database } from '../../_shared/db'
import { CARD_GAP_MS, faceOf, parametersOf, type CardFace } from '../lib/card'
import { loadCounter } from './counters'
import type { ActivityDoc, CounterDoc } from './docs'

/** One WeChat activityId of the card and when WeChat stops updating what was shared with it. */
export interface CardId {
  id: string
  expiresAt: string
}

/** Collection `activity_cards`, id = activity id: written by shareCard and the sends, never by a sign-up that sends nothing. */
export interface CardDoc {
  _id: string
  ids: CardId[]
  /** the latest expiresAt of ids ('' before the first): the card is worth updating until then */
  liveUntil: string
  /** a mint in flight holds this until then, so shareCards at once mint one activityId */
  mintUntil: string
  /** the throttle: no sign-up sends before this instant */
  nextAt: string
  /** what the last update sent */
  shown?: CardFace
  /** state 1 sent: WeChat allows no update after it */
  closed: boolean
}

const cardsIn = (db: Database) => collection<CardDoc>(db, ACTIVITY_CARDS)
const iso = (ms: number) => new Date(ms).toISOString()

export const loadCard = (db: Database, id: string) => getDoc<CardDoc>(db, ACTIVITY_CARDS, id)

/**
 * Claims the right to mint an activityId for the next few seconds: one of several shareCards at once
 * wins. The claim matches only the card as read (liveUntil moves with every id added), so a share
 * that read it just before another's mint landed cannot mint a second.
 */
export async function claimMint(db: Database, id: string, known: CardDoc | null, now: Date): Promise<boolean> {
  const until = iso(now.getTime() + 10_000)
  if (!known) return addIfAbsent(db, ACTIVITY_CARDS, { _id: id, ids: [], liveUntil: '', mintUntil: until, nextAt: '', closed: false })
  const { stats } = await cardsIn(db)
    .where({ _id: id, mintUntil: db.command.lt(now.toISOString()), liveUntil: known.liveUntil })
    .update({ data: { mintUntil: until } })
  return stats.updated === 1
}

/**
 * Stores a minted activityId with what the card shows as shared, and marks the ledger `card`, so a
 * sign-up (which reads the ledger back anyway) knows to update the card at no extra cost.
 */
export async function addCardId(db: Database, id: string, card: CardId, shown: CardFace): Promise<void> {
  await cardsIn(db)
    .doc(id)
    .update({ data: { ids: db.command.push([card]), liveUntil: card.expiresAt, mintUntil: '', shown } })
  await collection(db, ACTIVITY_COUNTERS)
    .doc(id)
    .update({ data: { card: true } })
}

/** The one sign-up in a window that sends (CARD_GAP_MS): one conditional update, matching nothing for the rest. */
export async function claimSend(db: Database, id: string, now: Date): Promise<boolean> {
  const { stats } = await cardsIn(db)
    .where({ _id: id, closed: false, liveUntil: db.command.gt(now.toISOString()), nextAt: db.command.lte(now.toISOString()) })
    .update({ data: { nextAt: iso(now.getTime() + CARD_GAP_MS) } })
  return stats.updated === 1
}

/** Cards that may still be updated: not closed, an activityId not yet expired. */
export const openCards = (db: Database, now: Date) =>
  getAll(
    cardsIn(db)
      .where({ closed: false, liveUntil: db.command.gt(now.toISOString()) })
      .orderBy('_id', 'asc')
  )

/**
 * Sends face to every copy of the card (each unexpired activityId) and records it. A refused update
 * is logged, never thrown: the sign-up that carried it has already succeeded, and the next send
 * (or the timer, which compares what was shown) tries again.
 */
export async function sendCard(ctx: Pick<Ctx, 'db' | 'openapi' | 'env' | 'log' | 'now'>, a: Pick<ActivityDoc, '_id'>, card: Pick<CardDoc, 'ids'>, face: CardFace): Promise<void> {
  const now = ctx.now().toISOString()
  const parameters = parametersOf(face, a._id, ctx.env)
  const live = card.ids.filter((c) => c.expiresAt > now)
  let sent = 0
  for (const { id } of live) {
    try {
      await ctx.openapi.setUpdatableMsg?.({ activityId: id, targetState: face.state, parameters })
      sent++
    } catch (e) {
      ctx.log('setUpdatableMsg failed', { activity: a._id, errCode: (e as { errCode?: unknown }).errCode, message: String((e as Error).message) })
    }
  }
  if (sent || !live.length)
    await cardsIn(ctx.db)
      .doc(a._id)
      .update({ data: { shown: face, closed: face.state === 1 } })
}

/**
 * After a change of places (sign-up, cancel and the promotions it made): updates the card at once
 * unless another call did within CARD_GAP_MS, never more. `after` is the ledger the caller read
 * back, if it has it; a ledger without `card` means the activity was never shared as one, and the
 * call costs nothing more.
 */
export async function nudgeCard(ctx: Pick<Ctx, 'db' | 'openapi' | 'env' | 'log' | 'now'>, a: ActivityDoc, after?: CounterDoc | null): Promise<void> {
  if (after && !after.card) return
  const now = ctx.now()
  try {
    if (!(await claimSend(ctx.db, a._id, now))) return
    const [card, c] = await Promise.all([loadCard(ctx.db, a._id), after ? Promise.resolve(after) : loadCounter(ctx.db, a._id)])
    if (card) await sendCard(ctx, a, card, faceOf(a, c, now))
  } catch (e) {
    // the member's place is taken or given back already; the card catches up by the timer
    ctx.log('live card update failed', { activity: a._id, message: String((e as Error).message) })
  }
}
