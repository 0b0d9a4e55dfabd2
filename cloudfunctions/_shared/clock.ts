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

/** The UTC instant at which a Shanghai calendar day (YYYY-MM-DD) starts. */
export const startOfUnionDay = (date: string): Date => dayjs.tz(date, UNION_TZ).startOf('day').toDate()

/** [start, end) UTC instants of a Shanghai month YYYY-MM. */
export function unionMonthRange(month: string): [Date, Date] {
  const start = dayjs.tz(`${month}-01`, UNION_TZ).startOf('day')
  return [start.toDate(), start.add(1, 'month').toDate()]
}

export const addDays = (date: string, n: number): string => dayjs.utc(date).add(n, 'day').format('YYYY-MM-DD')

export { dayjs }
