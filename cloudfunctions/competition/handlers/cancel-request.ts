import type { CancelRequestInput, CancelRequestOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { keyId } from '../data/docs'
import { hasEntry } from '../data/entries'
import { loadEvent } from '../data/events'
import { decideRequest, loadRequest } from '../data/requests'
import { toRequest } from '../lib/entry-view'

/**
 * A member takes back their own pending request. It stays, marked withdrawn by them and when, so the
 * officer sees who took it back rather than a request vanishing; asking again starts afresh.
 * Taking it back twice answers the same.
 */
export async function cancelRequest(input: CancelRequestInput, ctx: Ctx): Promise<CancelRequestOutput> {
  const me = requireMember(ctx)
  const event = await loadEvent(ctx, input.eventId)
  const id = keyId('entry', event._id, me._id)
  const decided = { status: 'withdrawn' as const, decidedBy: me.name, decidedAt: ctx.now().toISOString(), reason: '本人撤回' }
  if (await decideRequest(ctx.db, id, ['pending'], decided)) {
    const request = await loadRequest(ctx.db, id)
    if (request) return toRequest(request, event)
  }
  const request = await loadRequest(ctx.db, id)
  if (request?.status === 'withdrawn') return toRequest(request, event)
  if ((await hasEntry(ctx.db, id)) || request?.status === 'approved') throw new AppError('CONFLICT', `${event.name}的报名已通过，如需退出请联系本部门委员取消`)
  if (request?.status === 'declined') throw new AppError('CONFLICT', `你的${event.name}报名已被退回，无需撤回`)
  throw new AppError('NOT_FOUND', `你没有报名${event.name}`)
}
