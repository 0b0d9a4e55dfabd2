import type { ReportCareInput, ReportCareOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, requireMember } from '../../_shared/members'
import { loadRules } from '../data/settings'
import { insertTask } from '../data/tasks'
import { dueDateOf } from '../lib/due'
import { createdId } from '../lib/ids'
import { CARER_TAG } from './access'
import { toTask } from './views'

/** News of a member (住院, a new baby…) opens a visit task, due by the occasion's rule as it stands today. */
export async function report(input: ReportCareInput, ctx: Ctx): Promise<ReportCareOutput> {
  const reporter = requireMember(ctx)
  const member = await loadMember(ctx.db, input.memberId)
  if (!member) throw new AppError('NOT_FOUND', '找不到这位会员')
  let assignee: { id: string; name: string } | undefined
  if (input.assigneeId) {
    const a = await loadMember(ctx.db, input.assigneeId)
    if (!a || !(a.role === 'chair' || a.tags?.includes(CARER_TAG))) throw new AppError('BAD_REQUEST', '走访人：只能指派慰问员或工会主席')
    assignee = { id: a._id, name: a.name }
  }
  const { rules } = await loadRules(ctx.db)
  const now = ctx.now()
  const task = await insertTask(ctx.db, {
    _id: createdId('task', ctx.openid, input.requestId),
    memberId: member._id,
    name: member.name,
    unit: member.unit,
    occasion: input.occasion,
    ...(input.note ? { note: input.note } : {}),
    reportedBy: reporter.name,
    reportedById: reporter._id,
    reportedAt: now.toISOString(),
    dueDate: dueDateOf(now, rules[input.occasion].dueDays),
    ...(assignee ? { assignee } : {}),
    status: 'open'
  })
  return toTask(task, now)
}
