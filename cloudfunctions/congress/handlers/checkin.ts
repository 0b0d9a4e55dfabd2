import type { AttendanceInput, AttendanceOutput, CheckinCongressInput, CheckinCongressOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { membersIn, requireMember } from '../../_shared/members'
import { checkinOf, checkinsOf, recordCheckin } from '../data/meetings'
import { DELEGATE_TAG } from '../lib/access'
import { isQuorate, quorumOf } from '../lib/quorum'
import { whyNotCheckin } from '../lib/view'
import { mustLoadMeeting } from './meetings'

/** A 代表 checks in on the day with the code read out in the hall; checking in again changes nothing. */
export async function checkin(input: CheckinCongressInput, ctx: Ctx): Promise<CheckinCongressOutput> {
  const me = requireMember(ctx)
  const m = await mustLoadMeeting(ctx, input.meetingId)
  const done = await checkinOf(ctx.db, m._id, me._id)
  if (done) return { checkedIn: true, at: done.at }
  const why = whyNotCheckin(m, ctx, false)
  if (why) throw new AppError(why.startsWith('会议当天') ? 'CLOSED' : 'FORBIDDEN', why)
  if (input.code !== m.code) throw new AppError('BAD_REQUEST', '签到码不对，请核对会场公布的 4 位数字')
  const c = await recordCheckin(ctx.db, m._id, me._id, ctx.now().toISOString())
  return { checkedIn: true, at: c.at }
}

/** Live: the active 代表 now, how many of them checked in, how many two thirds is, and whether it is reached. */
export async function attendance(input: AttendanceInput, ctx: Ctx): Promise<AttendanceOutput> {
  const m = await mustLoadMeeting(ctx, input.meetingId)
  const [delegates, checkins] = await Promise.all([
    getAll(
      membersIn(ctx.db)
        .where({ tags: DELEGATE_TAG, inactive: ctx.db.command.exists(false) })
        .field({ _id: true })
    ),
    checkinsOf(ctx.db, m._id)
  ])
  const ids = new Set(delegates.map((d) => d._id))
  const present = checkins.filter((c) => ids.has(c.memberId)).length
  return { expected: ids.size, present, quorum: quorumOf(ids.size), quorate: isQuorate(ids.size, present) }
}
