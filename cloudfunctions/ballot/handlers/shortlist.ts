import type { Ballot, ShortlistInput } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadBallot } from '../data/ballots'
import { nominationsOf, setRoundBallot } from '../data/nominations'
import { statusOf, toBallot } from '../lib/view'
import { create } from './create'
import { mustLoadRound } from './nominate'

/**
 * 评优 step 2 (chair): once nominations close, the shortlist becomes a ballot of the whole union.
 * One ballot per round: a retry (or a second tap) answers the same ballot.
 */
export async function shortlist(input: ShortlistInput, ctx: Ctx): Promise<Ballot> {
  const round = await mustLoadRound(input.roundId, ctx)
  if (round.ballotId) {
    const prior = await loadBallot(ctx.db, round.ballotId)
    if (prior) return toBallot(prior, ctx)
  }
  if (statusOf(round, ctx.now()) !== 'closed') throw new AppError('CLOSED', '推荐截止后才能确定候选人')
  const nominated = new Map((await nominationsOf(ctx.db, round._id)).map((n) => [n.nomineeId, n]))
  const picked = input.nomineeIds.map((id) => nominated.get(id))
  if (picked.some((n) => !n)) throw new AppError('BAD_REQUEST', '候选人只能从被推荐的会员中选')
  if (new Set(input.nomineeIds).size !== input.nomineeIds.length) throw new AppError('BAD_REQUEST', '候选人不能重复')
  // two colleagues of one name are told apart by their unit
  const names = picked.map((n) => n!.nomineeName)
  const candidates = picked.map((n) => (names.filter((x) => x === n!.nomineeName).length > 1 ? `${n!.nomineeName}（${n!.nomineeUnit}）` : n!.nomineeName))
  const seats = input.seats ?? 1
  const ballot = await create(
    {
      title: `${round.title}投票`,
      description: `从推荐中确定的「${round.honour}」候选人，请投票。结果公示 5 天，公示期内可以提出异议。`,
      kind: input.kind,
      electorate: { all: true },
      ...(input.opensAt ? { opensAt: input.opensAt } : {}),
      closesAt: input.closesAt,
      ...(input.kind === 'election' ? { candidates, seats, maxChoices: seats } : { options: candidates, maxChoices: Math.min(seats, candidates.length) }),
      requestId: `honour-${round._id}`.slice(0, 64)
    },
    ctx,
    { honour: { roundId: round._id, honour: round.honour } }
  )
  await setRoundBallot(ctx.db, round._id, ballot.id)
  return ballot
}
