import { performance } from 'node:perf_hooks'
import type { GreetingRunOutput } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import type { TimerEvent } from '../../_shared/dispatch'
import { dailyRun } from '../lib/run'

/** Stop well inside the platform's 60 s limit; the next firing resumes from the saved cursor. */
const DEFAULT_BUDGET_MS = 50_000

function numberEnv(raw: string | undefined, fallback: number, max = Infinity): number {
  const n = Number(raw)
  return raw !== undefined && raw !== '' && Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback
}

/** The `daily` timer: greets today's birthdays and holidays (see lib/run.ts). */
export async function daily(_event: TimerEvent, ctx: Ctx): Promise<GreetingRunOutput> {
  const start = performance.now()
  return dailyRun(ctx, {
    budgetMs: numberEnv(ctx.env.GREETING_BUDGET_MS, DEFAULT_BUDGET_MS),
    pageSize: Math.max(1, numberEnv(ctx.env.GREETING_PAGE_SIZE, 1000, 1000)),
    chunk: 50,
    elapsed: () => performance.now() - start
  })
}
