import type { TimelineStep } from '../../../types/suggestion'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { SuggestionDoc } from '../data/docs'
import { txLoadSuggestion, txSetSuggestion } from '../data/suggestions'
import { derive } from '../lib/replay'
import { toDeskItem } from '../lib/view'
import type { ReplyOutput } from '../../../types/suggestion-desk'

const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** The step, when it may still change: only on the Beijing day it was recorded. */
export function changeableStep(doc: SuggestionDoc, stepId: string, today: string, verb: string): TimelineStep {
  const step = doc.steps.find((s) => s.id === stepId)
  if (!step) throw new AppError('NOT_FOUND', '找不到这一步，可能已经撤回，请刷新后再看')
  if (step.date !== today) throw new AppError('CLOSED', `这一步是${dayLabel(step.date)}记录的，只能在当天${verb}。如需更正，请再记录一步补充答复`)
  return step
}

/**
 * Loads, lets change() work out the new steps (or answer null for "nothing to do"), then stores
 * them with the status, reply, department and due date worked out again from the steps.
 */
export async function rewriteSteps(ctx: Ctx, number: string, change: (doc: SuggestionDoc, today: string) => { steps: TimelineStep[]; withdrawn?: string } | null): Promise<ReplyOutput> {
  const today = unionDate(ctx.now())
  const doc = await withTransaction(ctx.db, async (tx) => {
    const cur = await txLoadSuggestion(tx, number)
    if (!cur) throw new AppError('NOT_FOUND', `找不到号码 ${number} 的建议`)
    const next = change(cur, today)
    if (!next) return cur
    const { _id, ...kept } = cur
    // both come back from the steps when a step still carries them
    delete kept.forwardedTo
    delete kept.dueDate
    const rest: Omit<SuggestionDoc, '_id'> = { ...kept, ...derive(next.steps), steps: next.steps }
    if (next.withdrawn) rest.withdrawnSteps = [...(cur.withdrawnSteps ?? []), next.withdrawn]
    await txSetSuggestion(tx, number, rest)
    return { _id, ...rest }
  })
  return toDeskItem(doc, today)
}
