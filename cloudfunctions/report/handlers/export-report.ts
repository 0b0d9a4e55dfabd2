import writeXlsxFile from 'write-excel-file/node'
import type { ExportReportInput, ExportReportOutput, PlanOutput } from '../../../types/report'
import type { Ctx } from '../../_shared/ctx'
import { saveExport } from '../../_shared/exports'
import { activityTitles, readSources } from '../data/sources'
import { chartImage, reportCharts } from '../lib/charts'
import { docxOf } from '../lib/docx'
import { draftBlocks, MONTH_WORDING, YEAR_WORDING } from '../lib/draft'
import { byMonth, countFigures } from '../lib/figures'
import { ledgerSheets } from '../lib/ledgers'
import { monthPeriod, yearPeriod } from '../lib/period'
import { plan } from './plan'

/**
 * The year's 工作总结 ({ year }) or a month's 月报 ({ month }) drafted as a .docx with its charts, or
 * the ledgers behind its figures as an .xlsx (kept a day, as every export).
 */
export async function exportReport(input: ExportReportInput, ctx: Ctx): Promise<ExportReportOutput> {
  const month = input.month
  const year = month ? Number(month.slice(0, 4)) : (input.year as number)
  const p = month ? monthPeriod(month) : yearPeriod(year)
  const name = month ? `${year}年${Number(month.slice(5))}月工会工作月报` : `${year}年工会工作总结`
  const src = await readSources(ctx.db, p)
  const { sections, units, care } = countFigures(src, p, ctx.now())
  const months = byMonth(src, p, ctx.now())
  if (input.format === 'docx') {
    const yearPlan = await plan({ year }, ctx)
    // a 月报 reports that month's plan only
    const items = month ? yearPlan.items.filter((i) => i.month === Number(month.slice(5))) : yearPlan.items
    const thePlan: PlanOutput = { ...yearPlan, items, done: items.filter((i) => i.done).length }
    const drawn = await Promise.all(reportCharts(months, units, care).map(async (c) => ({ part: c.part, block: await chartImage(c) })))
    const charts = { culture: drawn.filter((d) => d.part === 'culture').map((d) => d.block), care: drawn.filter((d) => d.part === 'care').map((d) => d.block) }
    const blocks = draftBlocks({ year, sections, months, units, plan: thePlan, charts }, month ? MONTH_WORDING : YEAR_WORDING)
    const title = month ? `${year} 年 ${Number(month.slice(5))} 月工会工作月报` : `${year} 年工会工作总结`
    return saveExport(ctx, `${name}.docx`, await docxOf(title, blocks))
  }
  const titles = await activityTitles(ctx.db, [...new Set(src.signups.map((s) => s.activityId))])
  const sheets = ledgerSheets(src, p, ctx.now(), sections, months, titles, units)
  const buffer = await writeXlsxFile(sheets.map((s) => ({ data: s.data, sheet: s.sheet, stickyRowsCount: 1 }))).toBuffer()
  return saveExport(ctx, `${month ? `${year}年${Number(month.slice(5))}月工会工作台账` : `${year}年工会工作台账`}.xlsx`, buffer)
}
