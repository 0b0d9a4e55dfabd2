import type { Phase } from '../../../types/activity'
import { addDays, dayjs, inUnionTz, startOfUnionDay, UNION_TZ, unionDate } from '../../_shared/clock'
import type { ActivityDoc } from '../data/docs'

type Times = Pick<ActivityDoc, 'startAt' | 'endAt' | 'signupOpensAt' | 'signupClosesAt'>

/** An activity without an end time ends with its start day (Asia/Shanghai). */
export const endOf = (a: Times): string => a.endAt ?? new Date(startOfUnionDay(addDays(unionDate(a.startAt), 1)).getTime() - 1).toISOString()

/** Wrong check-in codes a member may enter before an officer must check them in. */
export const MAX_CHECKIN_FAILS = 5

/** Members check themselves in from an hour before the start until the end. */
export function checkinWindow(a: Times): { opensAt: string; closesAt: string } {
  return { opensAt: dayjs(a.startAt).subtract(1, 'hour').toDate().toISOString(), closesAt: endOf(a) }
}

export function phaseOf(a: Times, now: Date): Phase {
  const t = now.toISOString()
  if (t >= endOf(a)) return 'ended'
  if (t >= a.startAt) return 'ongoing'
  if (a.signupOpensAt && t < a.signupOpensAt) return 'upcoming'
  if (t >= a.signupClosesAt) return 'closed'
  return 'open'
}

/** M月D日 HH:mm in Asia/Shanghai, for messages. */
export const shortTime = (iso: string): string => dayjs(iso).tz(UNION_TZ).format('M月D日 HH:mm')

/** The first thing wrong with an activity's times and places, naming the field; null when fine. */
export function scheduleProblem(a: Times & Pick<ActivityDoc, 'capacity' | 'batches'>): string | null {
  if (a.endAt && a.endAt <= a.startAt) return '结束时间：应晚于开始时间'
  if (a.signupOpensAt && a.signupOpensAt >= a.signupClosesAt) return '报名截止时间：应晚于报名开始时间'
  if (a.signupClosesAt > endOf(a)) return '报名截止时间：不能晚于活动结束'
  if (a.batches.length && a.capacity !== null) return '名额：分批活动请为每一批分别设置名额'
  return null
}

/** Beijing time as a subscribe message's time field takes it (the year included). */
export const pushTime = (iso: string): string => inUnionTz(iso).format('YYYY-MM-DD HH:mm')
