import type { SelfEnterInput, SelfEnterOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadCompetition } from '../data/competitions'
import { keyId, type RequestDoc } from '../data/docs'
import { loadEntry } from '../data/entries'
import { loadEvent } from '../data/events'
import { personPlaces, placesTaken, unitPlaces } from '../data/places'
import { loadRequest, putRequest } from '../data/requests'
import { entryAsApproved, toRequest } from '../lib/entry-view'
import { selfEntryClosed } from '../lib/self-entry'

/**
 * A member asks to enter an event. The request takes no place: places are taken when the unit's
 * officer approves (approveEntry, through the same counters as enter), so a member's tap never
 * blocks a place the officer means for someone else, and the limit is checked where it is decided.
 * A full unit or person is told now all the same, so nobody waits for an answer that cannot be yes.
 */
export async function selfEnter(input: SelfEnterInput, ctx: Ctx): Promise<SelfEnterOutput> {
  const me = requireMember(ctx)
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const id = keyId('entry', event._id, me._id)
  const [entry, request] = await Promise.all([loadEntry(ctx.db, id), loadRequest(ctx.db, id)])
  // a double tap, or asking again: the answer is what stands
  if (entry) return entryAsApproved(entry, event, request)
  if (request?.status === 'pending') return toRequest(request, event)
  if (request?.status === 'declined')
    throw new AppError('CONFLICT', `${request.decidedBy ?? '委员'}已退回你的${event.name}报名${request.reason ? `：${request.reason}` : ''}。如有疑问请联系本部门委员`)
  const closed = selfEntryClosed(event, competition, me)
  if (closed) throw new AppError('CLOSED', closed)
  if ((await placesTaken(ctx, unitPlaces(event._id, me.unit))) >= event.unitLimit) throw new AppError('FULL', `${me.unit}在${event.name}已报满 ${event.unitLimit} 人`)
  if (!event.team && (await placesTaken(ctx, personPlaces(competition._id, me._id))) >= competition.personLimit) {
    throw new AppError('FULL', `你已报 ${competition.personLimit} 个个人项目，达到每人上限`)
  }
  const doc: RequestDoc = { _id: id, competitionId: competition._id, eventId: event._id, memberId: me._id, name: me.name, unit: me.unit, status: 'pending', requestedAt: ctx.now().toISOString() }
  await putRequest(ctx.db, doc)
  return toRequest(doc, event)
}
