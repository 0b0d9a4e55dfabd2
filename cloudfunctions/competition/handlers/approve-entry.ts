import type { ApproveEntryInput, ApproveEntryOutput } from '../../../types/competition'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { inUnionTz } from '../../_shared/clock'
import { AppError } from '../../_shared/errors'
import { loadMember } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { loadCompetition } from '../data/competitions'
import { hasEntry } from '../data/entries'
import { loadEvent } from '../data/events'
import { decideRequest, loadRequest } from '../data/requests'
import { actorName } from '../lib/access'
import { toRequest } from '../lib/entry-view'
import { admit } from './admit'
import { checkEntrant } from './entrant'

/**
 * The unit's officer (or the chair) approves a member's own entry, which then takes its places
 * exactly as `enter` does (never over a limit, however many approve at once), or declines it with a
 * reason the member sees. Approving twice, or after entering the member directly, changes nothing.
 * The member is pushed the decision once (when they granted it): they need not keep checking.
 */
export async function approveEntry(input: ApproveEntryInput, ctx: Ctx): Promise<ApproveEntryOutput> {
  const request = await loadRequest(ctx.db, input.entryId)
  if (!request) throw new AppError('NOT_FOUND', '没有这条报名申请')
  if (!isAtLeast(ctx.role, 'chair') && ctx.member?.unit !== request.unit) throw new AppError('FORBIDDEN', `只有${request.unit}的委员可以审核这条报名`)
  const event = await loadEvent(ctx, request.eventId)
  if (request.status === 'withdrawn') throw new AppError('CONFLICT', `${request.name}已自己撤回了${event.name}的报名`)
  const decided = { decidedBy: actorName(ctx), decidedAt: ctx.now().toISOString() }
  if (!input.approved) {
    if (await hasEntry(ctx.db, request._id)) throw new AppError('CONFLICT', `${request.name}已在${event.name}名单中；如需取消，请在已报名名单中取消报名`)
    const reason = input.reason || undefined
    if (!(await decideRequest(ctx.db, request._id, ['pending', 'declined'], { status: 'declined', ...decided, reason }))) throw new AppError('CONFLICT', `${request.name}的报名刚刚已被通过`)
    if (request.status !== 'declined') await tellDecided(ctx, request.memberId, event, false, decided.decidedAt)
    return toRequest({ ...request, status: 'declined', ...decided, reason }, event)
  }
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, request.memberId)
  if (!(await hasEntry(ctx.db, request._id))) {
    try {
      await admit(ctx, event, competition, member)
    } catch (e) {
      // the limit's own words, and what the officer can do about it
      if (e instanceof AppError && e.code === 'CONFLICT') throw new AppError('CONFLICT', `${e.message}，不能再通过。可先取消其他人的报名，或退回这条申请`)
      throw e
    }
  }
  await decideRequest(ctx.db, request._id, ['pending', 'declined', 'approved'], { status: 'approved', ...decided })
  if (request.status !== 'approved') await tellDecided(ctx, request.memberId, event, true, decided.decidedAt)
  return toRequest({ ...request, status: 'approved', ...decided, reason: undefined }, event)
}

/** The decision, pushed to the member's phone (the activity template: title, status, time, place). */
async function tellDecided(ctx: Ctx, memberId: string, event: { _id: string; name: string }, approved: boolean, at: string): Promise<void> {
  const m = await loadMember(ctx.db, memberId)
  if (!m) return
  await pushOnce(ctx, m, 'activity', `pages/competition-event/index?id=${event._id}`, {
    title: `${event.name}报名`.slice(0, 20),
    // a phrase field: five characters at most
    status: approved ? '报名已通过' : '报名未通过',
    time: inUnionTz(at).format('YYYY-MM-DD HH:mm'),
    place: ''
  })
}
