import type { WithdrawEntryInput, WithdrawEntryOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { ENTRIES, keyId } from '../docs'
import { holds, personPlaces, release, unitPlaces } from '../places'
import { loadCompetition, loadEvent } from '../repo'
import { checkEntrant } from './entrant'

/** Takes an entry back, then frees its places under the unit's and the person's limits (places.ts). */
export async function withdraw(input: WithdrawEntryInput, ctx: Ctx): Promise<WithdrawEntryOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, input.memberId)
  const entryId = keyId('entry', event._id, member._id)
  const { stats } = await ctx.db.collection(ENTRIES).where({ _id: entryId }).remove()
  // a withdraw cut off after the removal is finished by its retry: the places are still held
  if (stats.removed === 0 && !(await holds(ctx, unitPlaces(event._id, member.unit), member._id))) {
    throw new AppError('NOT_FOUND', `${member.name}没有报名${event.name}`)
  }
  await release(ctx, unitPlaces(event._id, member.unit), member._id)
  if (!event.team) await release(ctx, personPlaces(competition._id, member._id), event._id)
  return { withdrawn: true }
}
