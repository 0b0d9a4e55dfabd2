import { performance } from 'node:perf_hooks'
import type { GreetingRunOutput } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import type { TimerEvent } from '../../_shared/dispatch'
import { dailyRun } from '../lib/run'

/** Stop well inside the platform's 60 s limit; the next firing resumes from the saved cursor. */
const DEFAULT_BUDGET_MS = 50_000

/** The server answers at most 1000 rows a query. */
const PAGE_SIZE = 1000

function budgetMs(raw: string | undefined): number {
  const n = Number(raw)
  return raw !== undefined && raw !== '' && Number.isFinite(n) && n >= 0 ? n : DEFAULT_BUDGET_MS
}

/** The `daily` timer: greets today's birthdays and holidays (see lib/run.ts). */
export async function daily(_event: TimerEvent, ctx: Ctx): Promise<GreetingRunOutput> {
  const start = performance.now()
  return dailyRun(ctx, {
    budgetMs: budgetMs(ctx.env.GREETING_BUDGET_MS),
    pageSize: PAGE_SIZE,
    chunk: 50,
    elapsed: () => performance.now() - start
  })
}
