import type { Ctx } from '../../_shared/ctx'
import { nudgeCard } from './cards'
import { giveBack, sizeHeld } from './counters'
import type { ActivityDoc, SignupDoc } from './docs'
import { waitOrderOf } from './lottery'
import { updateSignup } from './signups'
import { fillFromWaitlist, tellPromoted } from './waitlist'

/**
 * Gives the member's place (or waitlist spot) back in one conditional update of the ledger (it
 * matches only while the member holds it, so a retry gives nothing back twice), marks the entry,
 * then fills the place from the head of the waitlist and tells whoever moved up.
 */
export async function release(ctx: Ctx, a: ActivityDoc, mine: SignupDoc, data: Record<string, unknown>): Promise<void> {
  // the companions' places go back with the member's, by what the ledger holds for them
  const size = a.fields.some((f) => f.type === 'companions') ? await sizeHeld(ctx.db, a._id, mine.memberId) : 1
  // the ledger says what the member holds: a promotion may have moved them up a moment ago,
  // ahead of their entry, so the entry's status is only the first guess
  let released: 'c' | 'w' | null = null
  for (const s of mine.status === 'waitlisted' ? (['w', 'c'] as const) : (['c', 'w'] as const)) {
    if (await giveBack(ctx.db, a._id, mine.batch, mine.unit, mine.memberId, s, size)) {
      released = s
      break
    }
  }
  await updateSignup(ctx.db, mine._id, data)
  // a place given back now, or by an earlier try that was cut off before it could promote anyone
  if (released !== 'w') await tellPromoted(ctx, a, await fillFromWaitlist(ctx, a._id, mine.batch, a.offerHours, await waitOrderOf(ctx.db, a)))
  if (released === 'c') await nudgeCard(ctx, a)
}
