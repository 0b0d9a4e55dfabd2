import type { CheckinInput, CheckinOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { signupId } from '../data/docs'
import { loadSignup, updateSignup } from '../data/signups'
import { checkinWindow, MAX_CHECKIN_FAILS, shortTime } from '../lib/schedule'

/** Four digits have 10,000 guesses: after this many wrong ones the member asks an officer instead. */

/** A confirmed member checks in on site with the code the officer shows, during the activity. */
export async function checkin(input: CheckinInput, ctx: Ctx): Promise<CheckinOutput> {
  const me = requireMember(ctx)
  const a = await loadActivity(ctx.db, input.id)
  const s = await loadSignup(ctx.db, signupId(a._id, me._id))
  if (!s || s.status === 'cancelled') throw new AppError('NOT_FOUND', '你没有报名这个活动')
  if (s.status !== 'confirmed') throw new AppError('FORBIDDEN', '候补中的报名不能签到')
  if (s.attended && s.attendedAt) return { attended: true, attendedAt: s.attendedAt }
  const now = ctx.now().toISOString()
  const w = checkinWindow(a)
  if (now < w.opensAt) throw new AppError('CLOSED', `签到尚未开始，${shortTime(w.opensAt)} 开始签到`)
  if (now >= w.closesAt) throw new AppError('CLOSED', '活动已结束，不能再签到')
  if ((s.checkinFails ?? 0) >= MAX_CHECKIN_FAILS) throw new AppError('RATE_LIMITED', '签到码错误次数过多，请找现场工会委员签到')
  if (input.code !== a.checkinCode) {
    await updateSignup(ctx.db, s._id, { checkinFails: ctx.db.command.inc(1) })
    throw new AppError('BAD_REQUEST', '签到码：不正确，请核对现场公布的 4 位数字')
  }
  await updateSignup(ctx.db, s._id, { attended: true, attendedAt: now, checkinBy: 'code' })
  return { attended: true, attendedAt: now }
}
