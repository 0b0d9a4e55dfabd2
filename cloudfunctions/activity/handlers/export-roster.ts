import writeXlsxFile from 'write-excel-file/node'
import type { ExportRosterOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { rosterRows, turnoutRows } from '../lib/roster-sheet'
import { roster } from './roster'

/** The roster as an .xlsx in cloud storage: the weapp opens it with openDocument, the browser downloads it. */
export async function exportRoster(input: IdInput, ctx: Ctx): Promise<ExportRosterOutput> {
  const r = await roster(input, ctx)
  if (!ctx.openapi.uploadFile) throw new AppError('INTERNAL', '暂时无法导出，请稍后再试')
  const buffer = await writeXlsxFile([
    { data: rosterRows(r), sheet: '报名名单', stickyRowsCount: 1 },
    { data: turnoutRows(r), sheet: '各部门到场' }
  ]).toBuffer()
  const fileName = `${r.activity.title.replace(/[\\/:*?"<>|\s]+/g, '_')}-报名表.xlsx`
  const { fileID, url } = await ctx.openapi.uploadFile(fileName, buffer)
  return url ? { fileID, url, fileName } : { fileID, fileName }
}
