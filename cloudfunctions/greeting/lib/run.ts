import type { GreetingRunOutput, Occasion } from '../../../types/greeting'
import { dayInfo, type DayInfo } from '../../_shared/calendar'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { deliver, type Recipient } from './deliver'
import { dueOccasions } from './occasions'
import { render } from './render'
import { loadTemplates } from './templates-store'
import { finishRun, openRun, saveProgress, type Progress } from './run-state'

export interface RunOptions {
  /** members read per query; the server answers at most 1000 */
  pageSize: number
  /** members greeted side by side between two looks at the clock */
  chunk: number
  /** true when the platform's remaining time is too short for another chunk (budget.ts) */
  timeUp: () => boolean
}

const FIELDS = { name: true, gender: true, birthday: true, lunarBirthday: true, retired: true, joinedAt: true, openid: true, grants: true }

async function nextPage(ctx: Ctx, cursor: string, size: number): Promise<Recipient[]> {
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('members')
    .where({ _id: _.gt(cursor) })
    .orderBy('_id', 'asc')
    .limit(size)
    .field(FIELDS)
    .get()
  return data as unknown as Recipient[]
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
export async function dailyRun(ctx: Ctx, opts: RunOptions): Promise<GreetingRunOutput> {
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
    const page = await nextPage(ctx, cursor, opts.pageSize)
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
