import type { EntryRequestsInput, EntryRequestsOutput } from '../../../types/competition'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { loadEvent } from '../data/events'
import { requestsOfEvent } from '../data/requests'
import { toRequest } from '../lib/entry-view'

const ORDER = { pending: 0, declined: 1, withdrawn: 2, approved: 3 }

/** Members' own entries waiting for a decision, those declined and those the member took back: the officer's unit (the chair: all), oldest first. */
export async function entryRequests(input: EntryRequestsInput, ctx: Ctx): Promise<EntryRequestsOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const unit = isAtLeast(ctx.role, 'chair') ? undefined : (ctx.member?.unit ?? '')
  const docs = await requestsOfEvent(ctx.db, event._id, unit)
  const items = docs
    .filter((d) => d.status !== 'approved')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.requestedAt.localeCompare(b.requestedAt))
    .map((d) => toRequest(d, event))
  return { items }
}
