import type { ForwardInput, ReplyOutput } from '../../../types/suggestion-desk'
import type { Ctx } from '../../_shared/ctx'
import { reply } from './reply'

/** 转交: a reply whose status is forwarded, with the department and the due date required. */
export async function forward(input: ForwardInput, ctx: Ctx): Promise<ReplyOutput> {
  return reply({ ...input, status: 'forwarded' }, ctx)
}
