import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/** The union lives in Shanghai: "today" and "this month" are Shanghai's whatever the server's TZ. */
export const UNION_TZ = 'Asia/Shanghai'

export const inUnionTz = (instant: Date | string) => dayjs(instant).tz(UNION_TZ)

/** YYYY-MM-DD in Asia/Shanghai */
export const unionDate = (instant: Date | string): string => inUnionTz(instant).format('YYYY-MM-DD')

/** YYYY-MM in Asia/Shanghai */
export const unionMonth = (instant: Date | string): string => inUnionTz(instant).format('YYYY-MM')

/**
 * The UTC instant at which a Shanghai calendar day (YYYY-MM-DD) starts. China keeps UTC+8 all year
 * (no daylight saving since 1991), so the offset is fixed: dayjs.tz(date, tz) parses through the
 * server's own zone and was an hour off near a DST switch under TZ=America/Los_Angeles.
 */
export const startOfUnionDay = (date: string): Date => new Date(`${date}T00:00:00+08:00`)

export const addDays = (date: string, n: number): string => dayjs.utc(date).add(n, 'day').format('YYYY-MM-DD')

export { dayjs }
