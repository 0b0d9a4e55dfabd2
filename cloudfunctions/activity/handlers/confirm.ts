import type { ConfirmOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { signupId } from '../data/docs'
import { loadSignup, moveOn } from '../data/signups'
import { shortTime } from '../lib/schedule'

/**
 * Takes an offered place for good, before its deadline. The update matches only an offer still
 * open, so a double tap answers the same, and an offer the timer has passed on stays passed on.
 */
export async function confirm(input: IdInput, ctx: Ctx): Promise<ConfirmOutput> {
  const me = requireMember(ctx)
  const a = await loadActivity(ctx.db, input.id)
  const id = signupId(a._id, me._id)
  const mine = await loadSignup(ctx.db, id)
  if (!mine || mine.status === 'cancelled') throw new AppError('NOT_FOUND', mine?.leftBy === 'expired' ? '确认期限已过，名额已顺延给下一位候补' : '你没有报名这个活动')
  if (mine.status === 'confirmed') return { status: 'confirmed' }
  if (mine.status !== 'offered') throw new AppError('CONFLICT', mine.status === 'waitlisted' ? '你还在候补，轮到你时会通知你确认' : '抽签还没进行，结果出来后再看')
  const now = ctx.now().toISOString()
  const deadline = mine.offerExpiresAt ?? now
  if (now >= deadline) throw new AppError('CLOSED', `确认期限（${shortTime(deadline)}）已过，名额已顺延给下一位候补`)
  const done = await moveOn(ctx.db, id, 'offered', { status: 'confirmed', confirmedAt: now }, { offerExpiresAt: ctx.db.command.gt(now) })
  if (done) return { status: 'confirmed' }
  const again = await loadSignup(ctx.db, id)
  if (again?.status === 'confirmed') return { status: 'confirmed' }
  throw new AppError('CLOSED', '确认期限已过，名额已顺延给下一位候补')
}
