import type { CareOverdueInput, CareOverdueOutput, CareTasksInput, CareTasksOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { tasksWith } from '../data/tasks'
import { toTask } from './views'

/** Open tasks by due date (overdue first, as they come due); done ones newest first. */
export async function tasks(input: CareTasksInput, ctx: Ctx): Promise<CareTasksOutput> {
  const status = input.status ?? 'open'
  const docs = await tasksWith(ctx.db, status === 'all' ? undefined : status)
  const now = ctx.now()
  const items = docs
    .map((t) => toTask(t, now))
    .sort((a, b) =>
      a.status !== b.status
        ? a.status === 'open'
          ? -1
          : 1
        : a.status === 'open'
          ? a.dueDate.localeCompare(b.dueDate) || a.reportedAt.localeCompare(b.reportedAt)
          : b.reportedAt.localeCompare(a.reportedAt)
    )
  return { items }
}

/** Open tasks past their Beijing due date: the reminder the 工作台 shows. */
export async function overdue(_input: CareOverdueInput, ctx: Ctx): Promise<CareOverdueOutput> {
  const { items } = await tasks({ status: 'open' }, ctx)
  return { items: items.filter((t) => t.overdue) }
}
