import type { WithdrawStepInput, WithdrawStepOutput } from '../../../types/suggestion-desk'
import type { Ctx } from '../../_shared/ctx'
import { checkChain } from '../lib/replay'
import { changeableStep, rewriteSteps } from './step'

/**
 * Takes back a step recorded today. It leaves the public board altogether rather than reading
 * 「已撤回」: a same-day slip (the wrong department, a double entry) carries nothing a member needs,
 * and a struck-out line would only make them wonder what was hidden. Withdrawing it again is a no-op.
 */
export async function withdrawStep(input: WithdrawStepInput, ctx: Ctx): Promise<WithdrawStepOutput> {
  const { number, stepId } = input
  return rewriteSteps(ctx, number, (doc, today) => {
    if (doc.withdrawnSteps?.includes(stepId)) return null
    const step = changeableStep(doc, stepId, today, '撤回')
    const steps = doc.steps.filter((s) => s !== step)
    checkChain(steps)
    return { steps, withdrawn: stepId }
  })
}
