import type { Ballot, GetBallotInput } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadBallot } from '../data/ballots'
import { toBallot } from '../lib/view'

export async function get(input: GetBallotInput, ctx: Ctx): Promise<Ballot> {
  const doc = await loadBallot(ctx.db, input.id)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这次投票，可能链接有误')
  return await toBallot(doc, ctx)
}

export async function mustLoad(id: string, ctx: Ctx) {
  const doc = await loadBallot(ctx.db, id)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这次投票，可能链接有误')
  return doc
}
