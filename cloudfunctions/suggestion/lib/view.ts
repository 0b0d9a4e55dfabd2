import type { BoardItem, DeskItem } from '../../../types/suggestion'
import { daysOverdue } from '../../_shared/overdue'
import type { SuggestionDoc } from '../data/docs'
import { publishesAt } from './batch'

/** Without changeableSteps, which only the 督导室 needs. */
export function toBoardItem(d: SuggestionDoc): BoardItem {
  const item: BoardItem = { number: d.number, month: d.month, content: d.content, category: d.category, status: d.status, reply: d.reply, timeline: d.steps }
  if (d.forwardedTo) item.forwardedTo = d.forwardedTo
  if (d.prize) item.prize = d.prize
  if (d.lucky) item.lucky = true
  if (d.prize || d.lucky) item.claimed = Boolean(d.claimedAt)
  if (d.redactions?.length) {
    item.redactions = d.redactions
    item.redacted = d.redactions.reduce((n, r) => n + r.count, 0)
  }
  return item
}

/** On the board: its batch has gone out (suggestions from before batches have no flag and were published at once). */
export const isPublished = (d: Pick<SuggestionDoc, 'published'>) => d.published !== false

/** Days the 督导室 is late by (Shanghai calendar); only open, forwarded or adopted items can be late. */
const overdueDays = (d: Pick<SuggestionDoc, 'status' | 'dueDate'>, today: string): number => (d.status === 'forwarded' || d.status === 'adopted' ? daysOverdue(d.dueDate, today) : 0)

export function toDeskItem(d: SuggestionDoc, today: string): DeskItem {
  // a step may be corrected or withdrawn on the Beijing day it was recorded, not after
  const changeableSteps = d.steps.filter((s) => s.id && s.date === today).map((s) => s.id as string)
  const item: DeskItem = { ...toBoardItem(d), overdueDays: overdueDays(d, today), changeableSteps }
  if (d.dueDate) item.dueDate = d.dueDate
  if (d.claimedAt) item.claimedAt = d.claimedAt
  if (!isPublished(d) && d.batch) item.publishesAt = publishesAt(d.batch).toISOString()
  return item
}

/** Numbers are random, so sorting by them shows the list in an order that reveals nothing. */
export const byNumber = (a: { number: string }, b: { number: string }) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)
