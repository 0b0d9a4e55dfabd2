import type { SetSupervisorInput, Supervisor } from '../../../types/suggestion-desk'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import { SUPERVISORS } from '../lib/model'

/** The chair names (or stands down) an officer as 督导员; the flag lives in this function's own collection. */
export async function setSupervisor(input: SetSupervisorInput, ctx: Ctx): Promise<Supervisor> {
  const m = await getDoc<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!m) throw new AppError('NOT_FOUND', '找不到这位会员')
  if (input.supervisor && m.role === 'member') throw new AppError('CONFLICT', `${m.name}还不是工会委员，请先设为委员再任命督导员`)
  const ref = ctx.db.collection(SUPERVISORS).doc(m._id)
  if (input.supervisor) await ref.set({ data: { since: unionDate(ctx.now()) } })
  else if (await getDoc(ctx.db, SUPERVISORS, m._id)) await ref.remove()
  return { memberId: m._id, name: m.name, unit: m.unit, supervisor: input.supervisor }
}
