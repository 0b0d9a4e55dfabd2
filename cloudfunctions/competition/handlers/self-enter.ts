import type { SelfEnterInput, SelfEnterOutput } from '../../../types/competition'
import { askToEnter } from '../../_shared/competition-entry/requests'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { loadCompetition } from '../data/competitions'
import { loadEvent } from '../data/events'
import { entryAsApproved, toRequest } from '../lib/entry-view'

/**
 * A member asks to enter an event. The request takes no place: places are taken when the unit's
 * officer approves (approveEntry, through the same counters as enter), so a member's tap never
 * blocks a place the officer means for someone else, and the limit is checked where it is decided.
 * A full unit or person is told now all the same, so nobody waits for an answer that cannot be yes.
 * A double tap, or asking again, answers what stands. activity's 参赛项目 asks the same way (_shared).
 */
export async function selfEnter(input: SelfEnterInput, ctx: Ctx): Promise<SelfEnterOutput> {
  const me = requireMember(ctx)
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const s = await askToEnter(ctx, event, competition, me)
  if (s.entry) return entryAsApproved(s.entry, event, s.request)
  return toRequest(s.request!, event)
}
