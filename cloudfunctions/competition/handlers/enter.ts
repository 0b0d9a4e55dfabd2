import type { EnterAthleteInput, EnterAthleteOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadCompetition } from '../data/competitions'
import { keyId } from '../data/docs'
import { hasEntry } from '../data/entries'
import { loadEvent } from '../data/events'
import { decideRequest } from '../data/requests'
import { actorName } from '../lib/access'
import { admit } from './admit'
import { checkEntrant } from './entrant'

/** An officer enters a member of their unit, within the limits (admit.ts), which hold under simultaneous entries. */
export async function enter(input: EnterAthleteInput, ctx: Ctx): Promise<EnterAthleteOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, input.memberId)
  if (await hasEntry(ctx.db, keyId('entry', event._id, member._id))) throw new AppError('CONFLICT', `${member.name}已经报名了${event.name}`)
  const entry = await admit(ctx, event, competition, member)
  // the member may have asked to enter by themselves: this entry answers that request
  await decideRequest(ctx.db, entry._id, ['pending', 'declined'], { status: 'approved', decidedBy: actorName(ctx), decidedAt: entry.createdAt })
  return { id: entry._id, eventId: entry.eventId, memberId: entry.memberId, name: entry.name, unit: entry.unit, createdAt: entry.createdAt }
}
