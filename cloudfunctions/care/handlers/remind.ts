import { CARE_OCCASION_LABELS } from '../../../types/care'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { CARER_TAG, membersIn, type MemberDoc } from '../../_shared/members'
import { daysOverdue } from '../../_shared/overdue'
import { pushOnce } from '../../_shared/push'
import { allFiles } from '../data/hardship'
import { claimReminder } from '../data/reminders'
import { keeperId } from '../data/settings'
import { tasksWith } from '../data/tasks'
import { isOverdue, reviewDueOf } from '../lib/due'

/** What the 工作台 link opens: the care desk, where overdue tasks come first. */
const CARE_PAGE = 'officer/pages/care/index'
const HARDSHIP_PAGE = 'officer/pages/care-hardship/index'

type Person = Pick<MemberDoc, '_id' | 'openid' | 'role' | 'tags' | 'inactive'>

export interface RemindOutput {
  date: string
  overdue: number
  /** tasks reminded by this firing (0 when an earlier firing today did it) */
  reminded: number
  pushed: number
  /** hardship files whose yearly review fell due and were reminded by this firing */
  reviews: number
}

/**
 * Timer `remind` (config.json): each open visit task past its Beijing due date is reminded once a
 * Beijing day to its assigned 慰问员 (every 慰问员 when none is assigned) and the chair; each
 * hardship file whose yearly review has come due is reminded once to the chair and the keeper.
 * Template `notice` with its fields (title, category, time, note), as congress reminds 提案督办:
 * the chair and 慰问员 grant it already, and a message with no grant is simply not sent.
 */
export async function remind(ctx: Ctx): Promise<RemindOutput> {
  const now = ctx.now()
  const today = unionDate(now)
  const at = now.toISOString()
  const [open, files, kid, roster] = await Promise.all([
    tasksWith(ctx.db, 'open'),
    allFiles(ctx.db),
    keeperId(ctx.db),
    getAll<Person>(membersIn(ctx.db).field({ openid: true, role: true, tags: true, inactive: true }))
  ])
  const active = roster.filter((m) => !m.inactive)
  const chairs = active.filter((m) => m.role === 'chair')
  const carers = active.filter((m) => m.role === 'chair' || m.tags?.includes(CARER_TAG))
  const late = open.filter((t) => isOverdue(t.dueDate, now))
  const out: RemindOutput = { date: today, overdue: late.length, reminded: 0, pushed: 0, reviews: 0 }
  const send = async (to: Person[], page: string, data: Record<string, string>) => {
    for (const m of uniq(to)) if ((await pushOnce(ctx, m, 'notice', page, data)) === 'sent') out.pushed++
  }
  for (const t of late) {
    if (!(await claimReminder(ctx.db, `task:${t._id}:${today}`, at))) continue
    out.reminded++
    const assigned = t.assignee ? active.filter((m) => m._id === t.assignee?.id) : []
    const data = {
      title: `走访超期：${t.name}`,
      category: '五必访',
      time: `${t.dueDate} 23:59`,
      note: `${t.unit}${t.name}（${CARE_OCCASION_LABELS[t.occasion]}）已超期 ${daysOverdue(t.dueDate, today)} 天，请尽快走访并登记`
    }
    await send([...(assigned.length ? assigned : carers), ...chairs], CARE_PAGE, data)
  }
  // names stay out of the message: a lock screen is not the place for who is in hardship
  const due = files.filter((f) => reviewDueOf(f.reviewedOn) <= today)
  for (const f of due) if (await claimReminder(ctx.db, `review:${f._id}:${reviewDueOf(f.reviewedOn)}`, at)) out.reviews++
  if (out.reviews) {
    const keeper = active.filter((m) => m._id === kid)
    await send([...chairs, ...keeper], HARDSHIP_PAGE, { title: '困难职工档案年度复核', category: '帮扶', time: `${today} 09:00`, note: `有 ${out.reviews} 份档案已满一年，请复核并更新帮扶措施` })
  }
  return out
}

const uniq = (ps: Person[]): Person[] => [...new Map(ps.map((p) => [p._id, p])).values()]
