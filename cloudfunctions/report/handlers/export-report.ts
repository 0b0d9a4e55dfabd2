import writeXlsxFile from 'write-excel-file/node'
import type { ExportReportInput, ExportReportOutput } from '../../../types/report'
import type { Ctx } from '../../_shared/ctx'
import { saveExport } from '../../_shared/exports'
import { activityTitles, readSources } from '../data/sources'
import { docxOf } from '../lib/docx'
import { draftBlocks } from '../lib/draft'
import { byMonth, countFigures } from '../lib/figures'
import { ledgerSheets } from '../lib/ledgers'
import { yearPeriod } from '../lib/period'
import { plan } from './plan'

/** The year's 工作总结 drafted as a .docx, or the ledgers behind its figures as an .xlsx (kept a day, as every export). */
export async function exportReport(input: ExportReportInput, ctx: Ctx): Promise<ExportReportOutput> {
  const p = yearPeriod(input.year)
  const src = await readSources(ctx.db, p)
  const { sections } = countFigures(src, p, ctx.now())
  const months = byMonth(src, p, ctx.now())
  if (input.format === 'docx') {
    const title = `${input.year} 年工会工作总结`
    const buffer = await docxOf(title, draftBlocks(input.year, sections, months, await plan({ year: input.year }, ctx)))
    return saveExport(ctx, `${input.year}年工会工作总结.docx`, buffer)
  }
  const titles = await activityTitles(ctx.db, [...new Set(src.signups.map((s) => s.activityId))])
  const sheets = ledgerSheets(src, p, ctx.now(), sections, months, titles)
  const buffer = await writeXlsxFile(sheets.map((s) => ({ data: s.data, sheet: s.sheet, stickyRowsCount: 1 }))).toBuffer()
  return saveExport(ctx, `${input.year}年工会工作台账.xlsx`, buffer)
}
