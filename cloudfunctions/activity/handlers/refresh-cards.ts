import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import { activitiesByIds } from '../data/activities'
import { openCards, sendCard } from '../data/cards'
import { loadCounters } from '../data/counters'
import { faceOf, sameFace } from '../lib/card'

/**
 * Timer `cards` (every minute): brings every live card to what the ledger says. It sends what a
 * throttled window swallowed (the last sign-ups of a burst: the final counts), changes made where
 * no sign-up path sends (an edit, a promotion by reconcile), and the closed state once sign-up has
 * closed or the activity was called off, which no sign-up would ever trigger. A card already
 * showing the ledger is left alone, so a quiet minute sends nothing.
 */
export async function refreshCards(_event: unknown, ctx: Ctx): Promise<{ cards: number; sent: number }> {
  const now = ctx.now()
  const cards = await openCards(ctx.db, now)
  if (!cards.length) return { cards: 0, sent: 0 }
  const ids = cards.map((c) => c._id)
  const [activities, counters] = await Promise.all([activitiesByIds(ctx.db, ids), loadCounters(ctx.db, ids)])
  const over = timeUp(ctx.remainingMs)
  let sent = 0
  for (const card of cards) {
    if (over()) break
    const a = activities.get(card._id)
    // a removed activity: its card closes on the last counts it showed
    const face = a ? faceOf(a, counters.get(card._id) ?? null, now) : { ...(card.shown ?? { count: 0, limit: null }), state: 1 as const }
    if (sameFace(card.shown, face)) continue
    await sendCard(ctx, { _id: card._id }, card, face)
    sent++
  }
  return { cards: cards.length, sent }
}
