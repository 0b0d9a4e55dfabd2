import type { WithdrawEntryInput, WithdrawEntryOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadCompetition } from '../data/competitions'
import { keyId } from '../data/docs'
import { loadEntry, removeEntry } from '../data/entries'
import { loadEvent } from '../data/events'
import { holdOf, personPlaces, release, unitPlaces } from '../data/places'
import { decideRequest } from '../data/requests'
import { actorName } from '../lib/access'
import { checkEntrant } from './entrant'

/**
 * Takes an entry back, then frees its places under the unit's and the person's limits, each by the
 * token it read before the entry went (data/places.ts), so an entry made again meanwhile keeps its own.
 * A withdraw cut off half-way is finished by its retry: whatever places remain are given back.
 */
export async function withdraw(input: WithdrawEntryInput, ctx: Ctx): Promise<WithdrawEntryOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, input.memberId)
  const entryId = keyId('entry', event._id, member._id)
  const entry = await loadEntry(ctx.db, entryId)
  // the unit it was entered for, should the member have moved since
  const unitId = unitPlaces(event._id, entry?.unit ?? member.unit)
  const personId = event.team ? null : personPlaces(competition._id, member._id)
  const unitHold = await holdOf(ctx, unitId, member._id)
  const personHold = personId ? await holdOf(ctx, personId, event._id) : null
  if (!entry && !unitHold && !personHold) throw new AppError('NOT_FOUND', `${member.name}没有报名${event.name}`)
  if (entry) await removeEntry(ctx.db, entryId)
  if (unitHold) await release(ctx, unitId, member._id, unitHold.at)
  if (personId && personHold) await release(ctx, personId, event._id, personHold.at)
  // a member who asked to enter sees who took the entry back, rather than the entry vanishing
  await decideRequest(ctx.db, entryId, ['approved'], { status: 'declined', decidedBy: actorName(ctx), decidedAt: ctx.now().toISOString(), reason: '已被委员取消报名' })
  return { withdrawn: true }
}
