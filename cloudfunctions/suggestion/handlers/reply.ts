import type { ReplyInput, ReplyOutput } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { SuggestionDoc } from '../data/docs'
import { txLoadSuggestion, txSetSuggestion } from '../data/suggestions'
import { nextState } from '../lib/transition'
import { toDeskItem } from '../lib/view'

/** A dated step of the 督导室: reply, forward, adopt, reject or mark done. */
export async function reply(input: ReplyInput, ctx: Ctx): Promise<ReplyOutput> {
  const today = unionDate(ctx.now())
  const { number, ...step } = input
  // read and write in one transaction: two officers answering at once both land on the timeline
  const doc = await withTransaction(ctx.db, async (tx) => {
    const cur = await txLoadSuggestion(tx, number)
    if (!cur) throw new AppError('NOT_FOUND', `找不到号码 ${number} 的建议`)
    const change = nextState(cur, step, today)
    const { _id, ...rest } = { ...cur, ...change }
    if (!change.dueDate) delete (rest as Partial<SuggestionDoc>).dueDate
    await txSetSuggestion(tx, number, rest)
    return { _id, ...rest } as SuggestionDoc
  })
  return toDeskItem(doc, today)
}
