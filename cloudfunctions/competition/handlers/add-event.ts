import type { z } from 'zod'
import type { AddEventInput, AddEventOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadCompetition } from '../data/competitions'
import type { EventDoc } from '../data/docs'
import { insertEvent, loadEvents } from '../data/events'
import { toEvent } from '../lib/view'

export async function addEvent(input: z.output<typeof AddEventInput>, ctx: Ctx): Promise<AddEventOutput> {
  const competition = await loadCompetition(ctx, input.competitionId)
  const events = await loadEvents(ctx, competition._id)
  if (events.some((e) => e.name === input.name && e.category === input.category)) throw new AppError('CONFLICT', `已经有“${input.category}${input.name}”这个项目了`)
  const at = ctx.now().toISOString()
  const { unitLimit, judges, ...rest } = input
  const data: Omit<EventDoc, '_id'> = {
    ...rest,
    ...(judges !== undefined ? { judges } : {}),
    unitLimit: unitLimit ?? competition.unitLimit,
    version: 0,
    createdAt: at,
    updatedAt: at
  }
  const _id = await insertEvent(ctx.db, data)
  return toEvent({ _id, ...data })
}
