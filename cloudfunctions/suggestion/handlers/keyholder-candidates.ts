import type { KeyholderCandidatesInput, KeyholderCandidatesOutput } from '../../../types/suggestion-draw'
import type { Ctx } from '../../_shared/ctx'
import { keyholderCandidatesOf } from '../../_shared/keyholders'

/** Who may hold the second key: an active 督导员 or 经审委员 other than the caller (the chair holds the first). */
export const keyholderCandidates = (_input: KeyholderCandidatesInput, ctx: Ctx): Promise<KeyholderCandidatesOutput> => keyholderCandidatesOf(ctx.db, ctx.member?._id)
