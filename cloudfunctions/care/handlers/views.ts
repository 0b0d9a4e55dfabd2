import { CARE_OCCASION_LABELS, type CareRecord, type CareTask } from '../../../types/care'
import type { RecordDoc, TaskDoc } from '../data/docs'
import { isOverdue } from '../lib/due'

export function toTask(t: TaskDoc, now: Date): CareTask {
  const out: CareTask = {
    id: t._id,
    memberId: t.memberId,
    name: t.name,
    unit: t.unit,
    occasion: t.occasion,
    reportedBy: t.reportedBy,
    reportedAt: t.reportedAt,
    dueDate: t.dueDate,
    status: t.status,
    overdue: t.status === 'open' && isOverdue(t.dueDate, now)
  }
  if (t.note) out.note = t.note
  if (t.assignee) out.assignee = t.assignee
  if (t.recordId) out.recordId = t.recordId
  return out
}

export function toRecord(r: RecordDoc): CareRecord {
  const out: CareRecord = { id: r._id, memberId: r.memberId, name: r.name, unit: r.unit, occasion: r.occasion, date: r.date, visitors: r.visitors, recordedBy: r.recordedBy, createdAt: r.createdAt }
  if (r.amount !== undefined) out.amount = r.amount
  if (r.gift) out.gift = r.gift
  if (r.note) out.note = r.note
  if (r.taskId) out.taskId = r.taskId
  if (r.override) out.override = r.override
  return out
}

export const occasionLabel = (o: keyof typeof CARE_OCCASION_LABELS) => CARE_OCCASION_LABELS[o]
