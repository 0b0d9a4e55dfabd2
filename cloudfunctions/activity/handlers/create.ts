import { randomInt } from 'node:crypto'
import type { Activity, CreateActivityInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { insertActivity } from '../data/activities'
import { announce } from '../data/announce'
import { commitDraw } from '../data/lottery'
import { checkLink } from '../data/entries'
import type { ActivityDoc } from '../data/docs'
import { settingsOf } from '../lib/normalize'
import { scheduleProblem } from '../lib/schedule'
import { toActivity } from '../lib/view'

const newCheckinCode = (): string => String(randomInt(0, 10000)).padStart(4, '0')

/**
 * Publishes the activity (with its counter, in one transaction) and tells every member who may take
 * part. A retry with the same requestId answers the same activity and tells only who was not yet told.
 */
export async function create(input: CreateActivityInput, ctx: Ctx): Promise<Activity> {
  const settings = settingsOf(input)
  const problem = scheduleProblem(settings)
  if (problem) throw new AppError('BAD_REQUEST', problem)
  const now = ctx.now().toISOString()
  if (settings.signupClosesAt <= now) throw new AppError('BAD_REQUEST', '报名截止时间：已经过去了')
  if (settings.allocation === 'lottery' && settings.batches.length) throw new AppError('BAD_REQUEST', '分配方式：抽签的活动暂不能分批，请分成几个活动')
  if (input.priority && settings.allocation !== 'lottery') throw new AppError('BAD_REQUEST', '抽签优先：只有抽签的活动才能设')
  if (settings.competitionId) await checkLink(ctx.db, settings.competitionId)
  const doc: Omit<ActivityDoc, '_id'> = { ...settings, checkinCode: newCheckinCode(), createdBy: ctx.member?._id ?? '', createdAt: now, updatedAt: now }
  const saved = await insertActivity(ctx.db, doc, input.requestId && `req-${input.requestId}`)
  // committed before anyone signs up: the secret is revealed only by the draw
  if (saved.full.allocation === 'lottery') await commitDraw(ctx.db, saved.full._id, now)
  // told at publishing, not when sign-up opens: it is news now, a member can plan for the day, and
  // no timer has to find it later; a not-yet-open one says 报名未开始 and the page says when
  await announce(ctx, saved.full)
  return toActivity(saved.full, saved.counter, { now: ctx.now(), who: ctx.member, mine: null })
}
