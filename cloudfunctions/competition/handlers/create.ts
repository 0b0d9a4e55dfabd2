import { CreateCompetitionInput, type CreateCompetitionOutput } from '../../../types/competition'
import type { z } from 'zod'
import type { Ctx } from '../../_shared/ctx'
import { COMPETITIONS, toCompetition, type CompetitionDoc } from '../docs'
import { actorName } from '../repo'

export async function create(input: z.output<typeof CreateCompetitionInput>, ctx: Ctx): Promise<CreateCompetitionOutput> {
  const at = ctx.now().toISOString()
  const data: Omit<CompetitionDoc, '_id'> = { ...input, createdBy: actorName(ctx), createdAt: at, updatedAt: at }
  const { _id } = await ctx.db.collection(COMPETITIONS).add({ data })
  return toCompetition({ _id, ...data })
}
