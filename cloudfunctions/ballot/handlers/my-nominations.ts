import type { MyNominationsOutput, WithdrawNominationInput, WithdrawNominationOutput } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { nominationsBy, removeNomination } from '../data/nominations'
import { statusOf } from '../lib/view'
import { mustLoadRound } from './nominate'

/** The caller's own nominations in a round, so they can correct (nominate again) or withdraw them. */
export async function myNominations(input: { roundId: string }, ctx: Ctx): Promise<MyNominationsOutput> {
  const me = requireMember(ctx)
  const round = await mustLoadRound(input.roundId, ctx)
  const mine = await nominationsBy(ctx.db, round._id, me._id)
  return { items: mine.map((n) => ({ nomineeId: n.nomineeId, name: n.nomineeName, unit: n.nomineeUnit, reason: n.reason, at: n.at })) }
}

/** Withdraws one's own nomination while the window is open; a retry (already gone) answers withdrawn: false. */
export async function withdrawNomination(input: WithdrawNominationInput, ctx: Ctx): Promise<WithdrawNominationOutput> {
  const me = requireMember(ctx)
  const round = await mustLoadRound(input.roundId, ctx)
  if (statusOf(round, ctx.now()) !== 'open') throw new AppError('CLOSED', '推荐已经截止，不能再撤回')
  return { withdrawn: await removeNomination(ctx.db, `${round._id}:${me._id}:${input.nomineeId}`) }
}
