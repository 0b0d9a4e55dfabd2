import type { ReportYearInput, ReportYearOutput } from '../../../types/report'
import type { Ctx } from '../../_shared/ctx'
import { readSources } from '../data/sources'
import { byMonth, countFigures } from '../lib/figures'
import { yearPeriod } from '../lib/period'

/** The Beijing year in the 工作总结's outline, with 文体活动 by month. */
export async function year(input: ReportYearInput, ctx: Ctx): Promise<ReportYearOutput> {
  const p = yearPeriod(input.year)
  const src = await readSources(ctx.db, p)
  return { year: input.year, ...countFigures(src, p, ctx.now()), months: byMonth(src, p, ctx.now()) }
}
