import type { ReportMonthInput, ReportMonthOutput } from '../../../types/report'
import type { Ctx } from '../../_shared/ctx'
import { readSources } from '../data/sources'
import { countFigures } from '../lib/figures'
import { monthPeriod } from '../lib/period'

/** One Beijing month, for the 月报 the union sends upward. */
export async function month(input: ReportMonthInput, ctx: Ctx): Promise<ReportMonthOutput> {
  const p = monthPeriod(input.month)
  return { month: input.month, ...countFigures(await readSources(ctx.db, p), p, ctx.now()) }
}
