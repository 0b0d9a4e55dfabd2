import type { GreetingPreviewInput, GreetingPreviewOutput } from '../../../types/greeting'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { calendarRoster } from '../data/roster'
import { loadTemplates } from '../data/templates'
import { forecast } from '../lib/forecast'

/** The greeting calendar: the next 30 days unless the chair asks otherwise. */
export async function preview(input: GreetingPreviewInput, ctx: Ctx): Promise<GreetingPreviewOutput> {
  const from = input.from ?? unionDate(ctx.now())
  const days = input.days ?? 30
  const members = await calendarRoster(ctx.db)
  return { from, days, items: forecast(members, await loadTemplates(ctx.db), from, days) }
}
