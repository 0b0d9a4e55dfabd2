import type { GreetingRunOutput } from '../../../types/greeting'
import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import type { TimerEvent } from '../../_shared/dispatch'
import { dailyRun } from '../lib/run'

/** The server answers at most 1000 rows a query. */
const PAGE_SIZE = 1000

/** The `daily` timer: greets today's birthdays and holidays (see lib/run.ts); stops by the platform's remaining time. */
export async function daily(_event: TimerEvent, ctx: Ctx): Promise<GreetingRunOutput> {
  return dailyRun(ctx, { pageSize: PAGE_SIZE, chunk: 50, timeUp: timeUp(ctx.remainingMs) })
}
