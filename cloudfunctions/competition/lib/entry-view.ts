import type { EntryRequest } from '../../../types/competition'
import type { EntryDoc, EventDoc, RequestDoc } from '../data/docs'

type EventPart = Pick<EventDoc, '_id' | 'name' | 'category'>

export function toRequest(d: RequestDoc, event: EventPart): EntryRequest {
  const r: EntryRequest = {
    id: d._id,
    eventId: d.eventId,
    eventName: event.name,
    category: event.category,
    memberId: d.memberId,
    name: d.name,
    unit: d.unit,
    status: d.status,
    requestedAt: d.requestedAt
  }
  if (d.decidedBy) r.decidedBy = d.decidedBy
  if (d.decidedAt) r.decidedAt = d.decidedAt
  if (d.reason) r.reason = d.reason
  return r
}

/** An entry an officer made directly reads as approved by whoever made it. */
export function entryAsApproved(e: EntryDoc, event: EventPart, request?: RequestDoc | null): EntryRequest {
  const mine = request?.status === 'approved' ? request : null
  return {
    id: e._id,
    eventId: e.eventId,
    eventName: event.name,
    category: event.category,
    memberId: e.memberId,
    name: e.name,
    unit: e.unit,
    status: 'approved',
    requestedAt: mine?.requestedAt ?? e.createdAt,
    decidedBy: mine?.decidedBy ?? e.createdBy,
    decidedAt: mine?.decidedAt ?? e.createdAt
  }
}
