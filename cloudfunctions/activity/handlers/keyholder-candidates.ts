import type { LotteryKeyCandidatesInput, LotteryKeyCandidatesOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { keyholderCandidatesOf } from '../../_shared/keyholders'

/** Whom the chair may name as a lottery's second keyholder: the suggestion box's rule (an active 督导员 or 经审委员). */
export const keyholderCandidates = (_input: LotteryKeyCandidatesInput, ctx: Ctx): Promise<LotteryKeyCandidatesOutput> => keyholderCandidatesOf(ctx.db, ctx.member?._id)
