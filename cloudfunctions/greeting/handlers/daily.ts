import type { GreetingRunOutput, Occasion } from '../../../types/greeting'
import { timeUp } from '../../_shared/budget'
import { dayInfo, type DayInfo } from '../../_shared/calendar'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import type { TimerEvent } from '../../_shared/dispatch'
import { deliver } from '../data/greetings'
import { recipientsAfter, type Recipient } from '../data/roster'
import { finishRun, openRun, saveProgress, type Progress } from '../data/runs'
import { loadTemplates } from '../data/templates'
import { dueOccasions } from '../lib/occasions'
import { render } from '../lib/render'

/** The server answers at most 1000 rows a query. */
const PAGE_SIZE = 1000

/** The `daily` timer: greets today's birthdays and holidays (see dailyRun); stops by the platform's remaining time. */
export async function daily(_event: TimerEvent, ctx: Ctx): Promise<GreetingRunOutput> {
  return dailyRun(ctx, { pageSize: PAGE_SIZE, chunk: 50, timeUp: timeUp(ctx.remainingMs) })
}

interface RunOptions {
  /** members read per query; the server answers at most 1000 */
  pageSize: number
  /** members greeted side by side between two looks at the clock */
  chunk: number
  /** true when the platform's remaining time is too short for another chunk (budget.ts) */
  timeUp: () => boolean
}

type Enabled = (k: Occasion) => boolean
type Texts = (k: Occasion) => string

async function greetMember(ctx: Ctx, m: Recipient, d: DayInfo, enabled: Enabled, texts: Texts, at: string, tally: Progress): Promise<void> {
  for (const def of dueOccasions(m, d, enabled)) {
    const r = await deliver(ctx, m, render(def, texts(def.key), m, d), d.date, at)
    if (r !== 'exists') tally.created++
    if (r === 'pushed') tally.pushed++
  }
}

/**
 * Greets today's (Shanghai) occasions, paging through members by _id. The cursor is saved in
 * greeting_runs/<date> before the invocation's time runs out, and the next firing resumes from it.
 */
async function dailyRun(ctx: Ctx, opts: RunOptions): Promise<GreetingRunOutput> {
  const date = unionDate(ctx.now())
  const run = await openRun(ctx, date)
  const out: GreetingRunOutput = { date, scanned: 0, created: 0, pushed: 0, done: run.done }
  if (run.done) return out
  const templates = await loadTemplates(ctx.db)
  const enabled: Enabled = (k) => templates.get(k)?.enabled ?? false
  const texts: Texts = (k) => templates.get(k)?.text ?? ''
  const d = dayInfo(date)
  const at = ctx.now().toISOString()
  let cursor = run.cursor
  for (;;) {
    const page = await recipientsAfter(ctx.db, cursor, opts.pageSize)
    for (let i = 0; i < page.length; i += opts.chunk) {
      const slice = page.slice(i, i + opts.chunk)
      const tally: Progress = { scanned: slice.length, created: 0, pushed: 0 }
      await Promise.all(slice.map((m) => greetMember(ctx, m, d, enabled, texts, at, tally)))
      cursor = slice[slice.length - 1]._id
      await saveProgress(ctx, date, cursor, tally, at)
      out.scanned += tally.scanned
      out.created += tally.created
      out.pushed += tally.pushed
      const finished = page.length < opts.pageSize && i + opts.chunk >= page.length
      if (!finished && opts.timeUp()) return out
    }
    if (page.length < opts.pageSize) break
  }
  await finishRun(ctx, date, at)
  return { ...out, done: true }
}
