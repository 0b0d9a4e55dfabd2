import { createHash, randomBytes } from 'node:crypto'
import type { Ballot, CreateBallotInput } from '../../../types/ballot'
import { createKey } from '../../_shared/anon/tokens'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { meetingRef } from '../../_shared/meeting-presence'
import { groupPurposeOf, insertBallot, loadBallot, purposeOf, type BallotDoc } from '../data/ballots'
import { specOf } from '../lib/spec'
import { toBallot } from '../lib/view'

/**
 * A new ballot and its own RSA key pair (the key is per ballot, so a token is good for this ballot
 * alone), and one more per rater group. extra: what 评优's shortlist adds.
 */
export async function create(input: CreateBallotInput, ctx: Ctx, extra: Pick<BallotDoc, 'honour'> = {}): Promise<Ballot> {
  const now = ctx.now()
  const opensAt = input.opensAt ?? now.toISOString()
  if (Date.parse(input.closesAt) <= Date.parse(opensAt)) throw new AppError('BAD_REQUEST', '截止时间应晚于开始时间')
  if (Date.parse(input.closesAt) <= now.getTime()) throw new AppError('BAD_REQUEST', '截止时间已经过去，请重新选择')
  const spec = specOf(input)
  if (input.electorate.presentAt && !(await meetingRef(ctx.db, input.electorate.presentAt))) throw new AppError('NOT_FOUND', '找不到这次教代会会议，请在「教代会」里确认会议')
  const id = input.requestId ? createHash('sha256').update(`ballot:${input.requestId}`).digest('hex').slice(0, 32) : randomBytes(16).toString('hex')
  const prior = await loadBallot(ctx.db, id)
  if (prior) return toBallot(prior, ctx)
  const publicKey = await createKey(ctx.db, purposeOf(id))
  const raterGroups = input.raterGroups ? await Promise.all(input.raterGroups.map(async (g, k) => ({ ...g, publicKey: await createKey(ctx.db, groupPurposeOf(id, k)) }))) : undefined
  const electorate = input.electorate
  const doc: BallotDoc = {
    _id: id,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    ...spec,
    electorate,
    ...(raterGroups ? { raterGroups } : {}),
    ...extra,
    opensAt,
    closesAt: input.closesAt,
    publicKey,
    createdBy: ctx.member?._id ?? '',
    createdAt: now.toISOString()
  }
  await insertBallot(ctx.db, doc)
  return toBallot((await loadBallot(ctx.db, id)) ?? doc, ctx)
}
