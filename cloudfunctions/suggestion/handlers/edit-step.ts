import type { TimelineStep } from '../../../types/suggestion'
import type { EditStepInput, EditStepOutput } from '../../../types/suggestion-desk'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { changeableStep, rewriteSteps } from './step'

/**
 * Corrects a step recorded today, in place: the board shows the corrected line, as if it had been
 * written right the first time (a slip fixed the same day is not news to members). Repeating the
 * same correction changes nothing.
 */
export async function editStep(input: EditStepInput, ctx: Ctx): Promise<EditStepOutput> {
  const { number, stepId, reply, forwardedTo, dueDate } = input
  if (reply === undefined && forwardedTo === undefined && dueDate === undefined) throw new AppError('BAD_REQUEST', '没有要修改的内容')
  return rewriteSteps(ctx, number, (doc, today) => {
    const step = changeableStep(doc, stepId, today, '修改')
    const fixed: TimelineStep = { ...step }
    if (reply !== undefined) {
      if (reply) fixed.note = reply
      else delete fixed.note
    }
    if (forwardedTo !== undefined) {
      if (step.status !== 'forwarded') throw new AppError('BAD_REQUEST', '只有转交这一步才有转交部门')
      fixed.department = forwardedTo
    }
    if (dueDate !== undefined) {
      if (step.status !== 'forwarded' && step.status !== 'adopted') throw new AppError('BAD_REQUEST', '只有转交和采纳才有办理期限')
      if (dueDate < today) throw new AppError('BAD_REQUEST', '办理期限不能早于今天')
      fixed.dueDate = dueDate
    }
    if (step.status === 'rejected' && !fixed.note) throw new AppError('BAD_REQUEST', '未采纳时请写明理由')
    const at = doc.steps.indexOf(step)
    const before = at > 0 ? doc.steps[at - 1].status : 'received'
    if (before === step.status && !fixed.note && !fixed.department && !fixed.dueDate) throw new AppError('BAD_REQUEST', '请填写答复内容')
    if (JSON.stringify(fixed) === JSON.stringify(step)) return null
    return { steps: doc.steps.map((s) => (s === step ? fixed : s)) }
  })
}
