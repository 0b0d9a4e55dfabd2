import type { AttendanceInput, AttendanceOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadActivity } from '../data/activities'
import { signupId } from '../data/docs'
import { loadSignup, updateSignup } from '../data/signups'

/** An officer marks (or unmarks) a confirmed member as present on the roster. */
export async function attendance(input: AttendanceInput, ctx: Ctx): Promise<AttendanceOutput> {
  const a = await loadActivity(ctx.db, input.id)
  const s = await loadSignup(ctx.db, signupId(a._id, input.memberId))
  if (!s || s.status === 'cancelled') throw new AppError('NOT_FOUND', '这位会员没有报名这个活动')
  if (s.status !== 'confirmed') throw new AppError('CONFLICT', '候补中的会员不能记为到场')
  const _ = ctx.db.command
  const data = input.attended ? { attended: true, attendedAt: ctx.now().toISOString(), checkinBy: 'officer' } : { attended: false, attendedAt: _.remove(), checkinBy: _.remove() }
  await updateSignup(ctx.db, s._id, data)
  return { memberId: input.memberId, attended: input.attended }
}
