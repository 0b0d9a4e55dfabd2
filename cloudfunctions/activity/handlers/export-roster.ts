import writeXlsxFile from 'write-excel-file/node'
import type { ExportRosterOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { saveExport } from '../../_shared/exports'
import { rosterRows, turnoutRows } from '../lib/roster-sheet'
import { roster } from './roster'

/** The roster as an .xlsx in cloud storage: the weapp opens it with openDocument, the browser downloads it. */
export async function exportRoster(input: IdInput, ctx: Ctx): Promise<ExportRosterOutput> {
  const r = await roster(input, ctx)
  const buffer = await writeXlsxFile([
    { data: rosterRows(r), sheet: '报名名单', stickyRowsCount: 1 },
    { data: turnoutRows(r), sheet: '各部门到场' }
  ]).toBuffer()
  return saveExport(ctx, `${r.activity.title}-报名表.xlsx`, buffer)
}
