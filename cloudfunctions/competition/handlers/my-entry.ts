import type { MyEntryInput, MyEntryOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { loadCompetition } from '../data/competitions'
import { keyId } from '../data/docs'
import { loadEntry } from '../data/entries'
import { loadEvent } from '../data/events'
import { loadRequest } from '../data/requests'
import { entryAsApproved, toRequest } from '../lib/entry-view'
import { selfEntryClosed, selfEntryRules } from '../lib/self-entry'
import { toEvent } from '../lib/view'

/** The caller's entry in an event (entered, asked, declined or none), and whether 我要报名 applies, with why. */
export async function myEntry(input: MyEntryInput, ctx: Ctx): Promise<MyEntryOutput> {
  const me = requireMember(ctx)
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const id = keyId('entry', event._id, me._id)
  const [entry, request] = await Promise.all([loadEntry(ctx.db, id), loadRequest(ctx.db, id)])
  const view = toEvent(event)
  if (entry) {
    const e = entryAsApproved(entry, event, request)
    return { event: view, entry: e, canEnter: false, why: `${e.decidedBy}已确认你的报名，请按时参赛` }
  }
  if (request?.status === 'pending') return { event: view, entry: toRequest(request, event), canEnter: false, why: `等待${request.unit}的委员审核，通过后即计入名额` }
  if (request?.status === 'declined') {
    return { event: view, entry: toRequest(request, event), canEnter: false, why: `${request.reason ? `原因：${request.reason}。` : ''}如有疑问请联系本部门委员` }
  }
  const closed = selfEntryClosed(event, competition, me)
  return { event: view, entry: null, canEnter: !closed, why: closed ?? selfEntryRules(event, competition, me.unit) }
}
