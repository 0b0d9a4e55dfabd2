import type { SuggestionStatus, TimelineStep } from '../../../types/suggestion'
import type { ReplyInput } from '../../../types/suggestion-desk'
import { addDays } from '../../_shared/clock'
import { AppError } from '../../_shared/errors'
import type { SuggestionDoc } from '../data/docs'

/** Days a forwarded suggestion is given when the 督导室 names no due date. */
const DEFAULT_DUE_DAYS = 7

/** Where a suggestion may go from each status; rejected and done only take further replies. */
export const NEXT: Record<SuggestionStatus, SuggestionStatus[]> = {
  received: ['received', 'forwarded', 'adopted', 'rejected'],
  forwarded: ['forwarded', 'adopted', 'rejected'],
  adopted: ['adopted', 'forwarded', 'done'],
  rejected: ['rejected'],
  done: ['done']
}

export const LABEL: Record<SuggestionStatus, string> = { received: '已收到', forwarded: '已转交', adopted: '已采纳', rejected: '未采纳', done: '已落实' }

export type Change = Pick<SuggestionDoc, 'status' | 'reply' | 'forwardedTo' | 'dueDate' | 'steps'>

/**
 * The 督导室's next step on a suggestion, dated today. A forward needs a department, and a due date
 * not in the past (a week from today when none is given); a rejection needs its reason; a repeat of the same status must say something.
 */
export function nextState(cur: SuggestionDoc, input: Omit<ReplyInput, 'number' | 'requestId'>, today: string, id?: string): Change {
  const { status } = input
  if (!NEXT[cur.status].includes(status)) throw new AppError('CONFLICT', `这条建议${LABEL[cur.status]}，不能改为${LABEL[status]}`)
  const reply = input.reply?.trim() || undefined
  if (status === 'rejected' && !reply) throw new AppError('BAD_REQUEST', '未采纳时请写明理由')
  if (status === cur.status && !reply && !input.forwardedTo && !input.dueDate) throw new AppError('BAD_REQUEST', '请填写答复内容')
  if (input.dueDate && input.dueDate < today) throw new AppError('BAD_REQUEST', '办理期限不能早于今天')
  const keep = status === cur.status
  const forwardedTo = status === 'forwarded' ? (input.forwardedTo ?? (keep ? cur.forwardedTo : undefined)) : cur.forwardedTo
  // DESIGN's reply carries no due date: a forward without one is due in a week, so 督办 still sees it
  const dueDate =
    status === 'forwarded' || status === 'adopted' ? (input.dueDate ?? (keep ? cur.dueDate : undefined) ?? (status === 'forwarded' ? addDays(today, DEFAULT_DUE_DAYS) : undefined)) : undefined
  if (status === 'forwarded' && !forwardedTo) throw new AppError('BAD_REQUEST', '转交时请填写转交部门')
  if (status !== 'forwarded' && input.forwardedTo) throw new AppError('BAD_REQUEST', '只有转交时才填写转交部门')
  const step: TimelineStep = id ? { id, status, date: today } : { status, date: today }
  if (reply) step.note = reply
  if (status === 'forwarded') step.department = forwardedTo
  if (dueDate && (status === 'forwarded' || input.dueDate)) step.dueDate = dueDate
  const out: Change = { status, reply: reply ?? cur.reply, steps: [...cur.steps, step] }
  if (forwardedTo) out.forwardedTo = forwardedTo
  if (dueDate) out.dueDate = dueDate
  return out
}
