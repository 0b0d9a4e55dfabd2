import type { SetSupervisorInput, Supervisor } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember } from '../../_shared/members'
import { isSupervisor, putSupervisor, removeSupervisor } from '../data/supervisors'

/** The chair names (or stands down) an officer as 督导员; the flag lives in this function's own collection. */
export async function setSupervisor(input: SetSupervisorInput, ctx: Ctx): Promise<Supervisor> {
  const m = await loadMember(ctx.db, input.memberId)
  if (!m) throw new AppError('NOT_FOUND', '找不到这位会员')
  if (input.supervisor && m.role === 'member') throw new AppError('CONFLICT', `${m.name}还不是工会委员，请先设为委员再任命督导员`)
  if (input.supervisor) await putSupervisor(ctx.db, m._id, unionDate(ctx.now()))
  else if (await isSupervisor(ctx.db, m._id)) await removeSupervisor(ctx.db, m._id)
  return { memberId: m._id, name: m.name, unit: m.unit, supervisor: input.supervisor }
}
