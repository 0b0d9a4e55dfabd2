import type { EnterAthleteInput, EnterAthleteOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { COUNTERS, ENTRIES, keyId, type CounterDoc, type EntryDoc } from '../docs'
import { actorName, loadCompetition, loadEvent } from '../repo'
import { checkEntrant } from './entrant'

/**
 * An officer enters a member of their unit. Limits hold under simultaneous entries: counter
 * documents are read and bumped in the same transaction that writes the entry.
 */
export async function enter(input: EnterAthleteInput, ctx: Ctx): Promise<EnterAthleteOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, input.memberId)
  const entryId = keyId('entry', event._id, member._id)
  const unitCounter = keyId('unit', event._id, member.unit)
  const personCounter = keyId('person', competition._id, member._id)
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
  await withTransaction(ctx.db, async (tx) => {
    if (await txGetDoc(tx, ENTRIES, entryId)) throw new AppError('CONFLICT', `${member.name}已经报名了${event.name}`)
    const units = (await txGetDoc<CounterDoc>(tx, COUNTERS, unitCounter))?.count ?? 0
    if (units >= event.unitLimit) throw new AppError('CONFLICT', `${member.unit}在${event.name}已报满 ${event.unitLimit} 人`)
    // relays and tug of war count against the unit's team, not the person's individual events
    const mine = event.team ? 0 : ((await txGetDoc<CounterDoc>(tx, COUNTERS, personCounter))?.count ?? 0)
    if (!event.team && mine >= competition.personLimit) throw new AppError('CONFLICT', `${member.name}已报 ${competition.personLimit} 个个人项目，达到每人上限`)
    const { _id, ...data } = entry
    await tx.collection(ENTRIES).doc(_id).set({ data })
    await tx.collection(COUNTERS).doc(unitCounter).set({ data: { count: units + 1 } })
    if (!event.team) await tx.collection(COUNTERS).doc(personCounter).set({ data: { count: mine + 1 } })
  })
  return { id: entry._id, eventId: entry.eventId, memberId: entry.memberId, name: entry.name, unit: entry.unit, createdAt: entry.createdAt }
}
