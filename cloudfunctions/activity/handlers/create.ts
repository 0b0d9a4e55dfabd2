import { randomInt } from 'node:crypto'
import type { Activity, CreateActivityInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { insertActivity } from '../data/activities'
import type { ActivityDoc } from '../data/docs'
import { settingsOf } from '../lib/normalize'
import { scheduleProblem } from '../lib/schedule'
import { toActivity } from '../lib/view'

const newCheckinCode = (): string => String(randomInt(0, 10000)).padStart(4, '0')

/** The activity and its counter are written together, so no sign-up ever finds one without the other. */
export async function create(input: CreateActivityInput, ctx: Ctx): Promise<Activity> {
  const settings = settingsOf(input)
  const problem = scheduleProblem(settings)
  if (problem) throw new AppError('BAD_REQUEST', problem)
  const now = ctx.now().toISOString()
  if (settings.signupClosesAt <= now) throw new AppError('BAD_REQUEST', '报名截止时间：已经过去了')
  const doc: Omit<ActivityDoc, '_id'> = { ...settings, checkinCode: newCheckinCode(), createdBy: ctx.member?._id ?? '', createdAt: now, updatedAt: now }
  const saved = await insertActivity(ctx.db, doc)
  return toActivity(saved.full, saved.counter, { now: ctx.now(), who: ctx.member, mine: null })
}
