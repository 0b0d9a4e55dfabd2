import type { GreetingStatsInput, GreetingStatsOutput } from '../../../types/greeting'
import { inUnionTz } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { countMonth } from '../data/greetings'

/** 人次 greeted per month of a year (Shanghai), counted from the cards themselves: nothing to drift. */
export async function stats(input: GreetingStatsInput, ctx: Ctx): Promise<GreetingStatsOutput> {
  const year = input.year ?? String(inUnionTz(ctx.now()).year())
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
  const items = await Promise.all(months.map(async (month) => ({ month, count: await countMonth(ctx.db, month) })))
  return { year, total: items.reduce((s, i) => s + i.count, 0), items }
}
