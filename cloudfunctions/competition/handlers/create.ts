import { CreateCompetitionInput, type CreateCompetitionOutput } from '../../../types/competition'
import type { z } from 'zod'
import type { Ctx } from '../../_shared/ctx'
import { insertCompetition } from '../data/competitions'
import type { CompetitionDoc } from '../data/docs'
import { actorName } from '../lib/access'
import { toCompetition } from '../lib/view'

export async function create(input: z.output<typeof CreateCompetitionInput>, ctx: Ctx): Promise<CreateCompetitionOutput> {
  const at = ctx.now().toISOString()
  const data: Omit<CompetitionDoc, '_id'> = { ...input, createdBy: actorName(ctx), createdAt: at, updatedAt: at }
  const _id = await insertCompetition(ctx.db, data)
  return toCompetition({ _id, ...data })
}
