import writeXlsxFile, { type Cell } from 'write-excel-file/node'
import type { ExportAwardsInput, ExportAwardsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { unionDate } from '../../_shared/clock'
import { saveExport } from '../../_shared/exports'
import { awards } from './awards'

const head = (...titles: string[]): Cell[] => titles.map((value) => ({ value, fontWeight: 'bold' }))

/** 获奖名单 and 团体总分 as one .xlsx with two sheets, for the chair to print or open in WPS. */
export async function exportAwards(input: ExportAwardsInput, ctx: Ctx): Promise<ExportAwardsOutput> {
  const data = await awards(input, ctx)
  if (data.events.length === 0) throw new AppError('CONFLICT', '还没有公布成绩的项目，暂无获奖名单可导出')
  const winners: Cell[][] = [head('项目', '组别', '名次', '单位', '姓名', '成绩', '奖项')]
  for (const ev of data.events) {
    for (const w of ev.items) winners.push([{ value: ev.eventName }, { value: ev.category }, { value: w.place }, { value: w.unit }, { value: w.name }, { value: w.display }, { value: w.prize }])
  }
  const table: Cell[][] = [head('名次', '单位', '总分', '金牌', '银牌', '铜牌')]
  for (const r of data.table) table.push([{ value: r.place }, { value: r.unit }, { value: r.points }, { value: r.gold }, { value: r.silver }, { value: r.bronze }])
  const buffer = await writeXlsxFile([
    { data: winners, sheet: '获奖名单', columns: [16, 8, 6, 12, 12, 12, 10].map((width) => ({ width })), stickyRowsCount: 1 },
    { data: table, sheet: '团体总分', columns: [6, 12, 8, 6, 6, 6].map((width) => ({ width })), stickyRowsCount: 1 }
  ]).toBuffer()
  return saveExport(ctx, `${data.competition.title}-获奖名单-${unionDate(ctx.now())}.xlsx`, buffer)
}
