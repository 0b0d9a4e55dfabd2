import type { EnterAthleteInput, EnterAthleteOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { ENTRIES, keyId, type EntryDoc } from '../docs'
import { claim, personPlaces, release, unitPlaces } from '../places'
import { actorName, loadCompetition, loadEvent } from '../repo'
import { checkEntrant } from './entrant'

/**
 * An officer enters a member of their unit. Limits hold under simultaneous entries: the unit's
 * place in the event and the person's individual-event place are taken by conditional updates
 * (places.ts), then the entry is written; a retry after a cut-off finds its places held and
 * finishes the entry.
 */
export async function enter(input: EnterAthleteInput, ctx: Ctx): Promise<EnterAthleteOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, input.memberId)
  const entryId = keyId('entry', event._id, member._id)
  if (await getDoc(ctx.db, ENTRIES, entryId, { _id: true })) throw new AppError('CONFLICT', `${member.name}已经报名了${event.name}`)
  const entry: EntryDoc = {
    _id: entryId,
    competitionId: competition._id,
    eventId: event._id,
    memberId: member._id,
    name: member.name,
    unit: member.unit,
    createdBy: actorName(ctx),
    createdAt: ctx.now().toISOString()
  }
  const unit = unitPlaces(event._id, member.unit)
  const unitLimit = event.unitLimit
  if ((await claim(ctx, unit, member._id, unitLimit, (m) => keyId('entry', event._id, m))) === 'full') {
    throw new AppError('CONFLICT', `${member.unit}在${event.name}已报满 ${unitLimit} 人`)
  }
  // relays and tug of war count against the unit's team, not the person's individual events
  if (!event.team) {
    const person = personPlaces(competition._id, member._id)
    if ((await claim(ctx, person, event._id, competition.personLimit, (e) => keyId('entry', e, member._id))) === 'full') {
      await release(ctx, unit, member._id)
      throw new AppError('CONFLICT', `${member.name}已报 ${competition.personLimit} 个个人项目，达到每人上限`)
    }
  }
  const { _id, ...data } = entry
  await ctx.db.collection(ENTRIES).doc(_id).set({ data })
  return { id: entry._id, eventId: entry.eventId, memberId: entry.memberId, name: entry.name, unit: entry.unit, createdAt: entry.createdAt }
}
