import type { TimelineStep } from '../../../types/suggestion'
import { AppError } from '../../_shared/errors'
import type { SuggestionDoc } from '../data/docs'
import { LABEL, NEXT } from './transition'

export type Derived = Pick<SuggestionDoc, 'status' | 'reply' | 'forwardedTo' | 'dueDate'>

/**
 * What a suggestion shows, worked out from its steps as nextState builds it step by step: the last
 * status, the last reply, the last department, and the due date of the current run of that status.
 * Used after a step is corrected or withdrawn, so the board never disagrees with its own timeline.
 */
export function derive(steps: TimelineStep[]): Derived {
  const out: Derived = { status: 'received', reply: null }
  for (const s of steps) {
    if (s.status !== out.status) delete out.dueDate
    out.status = s.status
    if (s.note) out.reply = s.note
    if (s.department) out.forwardedTo = s.department
    if (s.dueDate) out.dueDate = s.dueDate
  }
  if (out.status !== 'forwarded' && out.status !== 'adopted') delete out.dueDate
  return out
}

/** CONFLICT when the steps left no longer follow one another (e.g. 已落实 right after 已收到). */
export function checkChain(steps: TimelineStep[]): void {
  let at: TimelineStep['status'] = 'received'
  for (const s of steps) {
    if (!NEXT[at].includes(s.status)) throw new AppError('CONFLICT', `去掉这一步后，「${LABEL[at]}」之后就成了「${LABEL[s.status]}」，接不上。请先撤回后面的步骤`)
    at = s.status
  }
}

/** The same step again (a double tap, a retry that lost its key): same day, same content. */
export const sameStep = (a: TimelineStep | undefined, b: TimelineStep): boolean =>
  Boolean(a) && a!.date === b.date && a!.status === b.status && a!.note === b.note && a!.department === b.department && a!.dueDate === b.dueDate
