import { unionDate } from '../../_shared/clock'
import { CONGRESS_REMINDERS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { addIfAbsent, getAll } from '../../_shared/db'
import { membersIn } from '../../_shared/members'
import { pushOnce } from '../../_shared/push'
import { daysOverdue } from '../../_shared/overdue'
import { proposalsWhere } from '../data/proposals'
import { COMMITTEE_TAG } from '../lib/access'

/**
 * Timer: each accepted proposal whose answer is past due is reminded once a Shanghai day, to the
 * chair and the 提案委员会. The day's record is written before the push, so a re-run that day sends nothing again.
 */
export async function remindOverdue(ctx: Ctx): Promise<{ overdue: number; reminded: number }> {
  const today = unionDate(ctx.now())
  const late = (await proposalsWhere(ctx.db, { status: 'accepted', dueDate: ctx.db.command.lt(today) })).filter((p) => daysOverdue(p.dueDate, today) > 0)
  if (!late.length) return { overdue: 0, reminded: 0 }
  const roster = await getAll(membersIn(ctx.db).field({ role: true, tags: true, openid: true, grants: true, inactive: true }))
  const to = roster.filter((m) => !m.inactive && (m.role === 'chair' || m.tags?.includes(COMMITTEE_TAG)))
  let reminded = 0
  for (const p of late) {
    if (!(await addIfAbsent(ctx.db, CONGRESS_REMINDERS, { _id: `${p._id}:${today}`, proposalId: p._id, date: today }))) continue
    reminded++
    const data = { title: `第${p.number}号提案答复超期`, category: '提案督办', time: `${today} 09:00`, note: `${p.decision?.department ?? '承办部门'}已超期 ${daysOverdue(p.dueDate, today)} 天` }
    for (const m of to) await pushOnce(ctx, m, 'notice', `congress/pages/proposal/index?id=${p._id}`, data)
  }
  return { overdue: late.length, reminded }
}
