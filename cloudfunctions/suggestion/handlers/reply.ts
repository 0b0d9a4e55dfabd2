import { randomBytes } from 'node:crypto'
import type { ReplyInput, ReplyOutput } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { SuggestionDoc } from '../data/docs'
import { txLoadSuggestion, txSetSuggestion } from '../data/suggestions'
import { sameStep } from '../lib/replay'
import { nextState } from '../lib/transition'
import { toDeskItem } from '../lib/view'

/**
 * A dated step of the 督导室: reply, forward, adopt, reject or mark done. Idempotent: a step whose
 * request key is already on the timeline (or was withdrawn), or that repeats the last step word for
 * word the same day, is recorded once and answered as the first.
 */
export async function reply(input: ReplyInput, ctx: Ctx): Promise<ReplyOutput> {
  const today = unionDate(ctx.now())
  const { number, requestId, ...step } = input
  // read and write in one transaction: two officers answering at once both land on the timeline
  const doc = await withTransaction(ctx.db, async (tx) => {
    const cur = await txLoadSuggestion(tx, number)
    if (!cur) throw new AppError('NOT_FOUND', `找不到号码 ${number} 的建议`)
    if (requestId && (cur.steps.some((s) => s.id === requestId) || cur.withdrawnSteps?.includes(requestId))) return cur
    const change = nextState(cur, step, today, requestId ?? randomBytes(8).toString('hex'))
    const added = change.steps[change.steps.length - 1]
    if (sameStep(cur.steps[cur.steps.length - 1], added)) return cur
    const { _id, ...rest } = { ...cur, ...change }
    if (!change.dueDate) delete (rest as Partial<SuggestionDoc>).dueDate
    await txSetSuggestion(tx, number, rest)
    return { _id, ...rest } as SuggestionDoc
  })
  return toDeskItem(doc, today)
}
