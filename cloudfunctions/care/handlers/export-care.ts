import writeXlsxFile from 'write-excel-file/node'
import type { ExportCareInput, ExportCareOutput } from '../../../types/care'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { saveExport } from '../../_shared/exports'
import { linesOf, loadDistribution } from '../data/distributions'
import { recordsOf } from '../data/records'
import { ledgerRows, receiptRows } from '../lib/sheets'

/** The 签收表 of a distribution, or the year's 台账, as an .xlsx in cloud storage (kept a day). */
export async function exportCare(input: ExportCareInput, ctx: Ctx): Promise<ExportCareOutput> {
  if (input.distributionId) {
    const d = await loadDistribution(ctx.db, input.distributionId)
    if (!d) throw new AppError('NOT_FOUND', '找不到这次发放')
    const buffer = await writeXlsxFile([{ data: receiptRows(d, await linesOf(ctx.db, d._id)), sheet: '签收表', stickyRowsCount: 1 }]).toBuffer()
    return saveExport(ctx, `${d.title}-签收表-${unionDate(ctx.now())}.xlsx`, buffer)
  }
  const year = input.year as number
  const records = await recordsOf(ctx.db, { year })
  const buffer = await writeXlsxFile([{ data: ledgerRows(records), sheet: '慰问台账', stickyRowsCount: 1 }]).toBuffer()
  return saveExport(ctx, `${year}年送温暖台账.xlsx`, buffer)
}
