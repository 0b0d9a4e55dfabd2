import type { PlanInput, PlanOutput, SetPlanInput, SetPlanOutput } from '../../../types/report'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { loadPlan, savePlan } from '../data/plans'
import { readHappenings } from '../data/sources'
import { planAgainstDone, type Happening } from '../lib/match'
import { yearPeriod } from '../lib/period'

/** The year's plan, each item with what it was matched to (or null: not done). */
export async function plan(input: PlanInput, ctx: Ctx): Promise<PlanOutput> {
  const doc = await loadPlan(ctx.db, input.year)
  if (!doc) return { year: input.year, items: [], done: 0 }
  const h = await readHappenings(ctx.db, yearPeriod(input.year))
  const nowIso = ctx.now().toISOString()
  const happened: Happening[] = [
    ...h.activities.filter((a) => !a.cancelled && a.startAt <= nowIso).map((a) => ({ kind: 'activity' as const, title: a.title, date: unionDate(a.startAt) })),
    ...h.competitions.map((c) => ({ kind: 'competition' as const, title: c.title, date: unionDate(c.createdAt) })),
    ...h.notices.map((n) => ({ kind: 'notice' as const, title: n.title, date: unionDate(n.publishedAt) })),
    ...h.ballots.map((b) => ({ kind: 'ballot' as const, title: b.title, date: unionDate(b.opensAt) }))
  ].sort((a, b) => a.date.localeCompare(b.date))
  const items = planAgainstDone(input.year, doc.items, happened)
  return { year: input.year, items, done: items.filter((i) => i.done).length, updatedAt: doc.updatedAt }
}

/** Replaces the year's plan (sorted by month, as typed within a month) and answers it against what was done. */
export async function setPlan(input: SetPlanInput, ctx: Ctx): Promise<SetPlanOutput> {
  const items = input.items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => a.it.month - b.it.month || a.i - b.i)
    .map(({ it }) => it)
  await savePlan(ctx.db, input.year, { items, updatedAt: ctx.now().toISOString(), updatedBy: ctx.member?.name ?? '主席' })
  return plan({ year: input.year }, ctx)
}
