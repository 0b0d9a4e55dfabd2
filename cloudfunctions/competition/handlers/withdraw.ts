import type { WithdrawEntryInput, WithdrawEntryOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { COUNTERS, ENTRIES, keyId, type CounterDoc } from '../docs'
import { loadCompetition, loadEvent } from '../repo'
import { checkEntrant } from './entrant'

/** Takes an entry back, freeing its place under the unit's and the person's limits. */
export async function withdraw(input: WithdrawEntryInput, ctx: Ctx): Promise<WithdrawEntryOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const member = await checkEntrant(ctx, event, competition, input.memberId)
  const entryId = keyId('entry', event._id, member._id)
  const counters = [keyId('unit', event._id, member.unit), ...(event.team ? [] : [keyId('person', competition._id, member._id)])]
  await withTransaction(ctx.db, async (tx) => {
    if (!(await txGetDoc(tx, ENTRIES, entryId))) throw new AppError('NOT_FOUND', `${member.name}没有报名${event.name}`)
    for (const id of counters) {
      const count = (await txGetDoc<CounterDoc>(tx, COUNTERS, id))?.count ?? 1
      await tx.collection(COUNTERS).doc(id).set({ data: { count: Math.max(0, count - 1) } })
    }
    await tx.collection(ENTRIES).doc(entryId).remove()
  })
  return { withdrawn: true }
}
