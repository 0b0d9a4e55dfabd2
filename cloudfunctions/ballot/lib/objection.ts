import type { Objection } from '../../../types/ballot'
import { addDays, unionDate } from '../../_shared/clock'

/** Days a 评优 result is posted for objections (公示期). */
export const OBJECTION_DAYS = 5

/**
 * The 公示 period of a closed 评优 ballot, in Beijing dates: from the day after it closed, for
 * OBJECTION_DAYS days inclusive (closed on 1 Dec → 2 Dec to 6 Dec), whatever the server's TZ.
 */
export function objectionOf(closedAt: string, now: Date): Objection {
  const from = addDays(unionDate(closedAt), 1)
  const until = addDays(from, OBJECTION_DAYS - 1)
  const today = unionDate(now)
  return { from, until, open: today >= from && today <= until, over: today > until }
}

/** 12月6日 */
export const cnDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`
