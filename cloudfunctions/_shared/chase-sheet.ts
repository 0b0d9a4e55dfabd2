import writeXlsxFile from 'write-excel-file/node'
import type { Ctx } from './ctx'
import { saveExport } from './exports'

const collator = new Intl.Collator('zh-CN')
const header = (value: string) => ({ value, fontWeight: 'bold' as const })

/**
 * A chase list (未读, 未报名, 未领票) as an .xlsx for the 小组长: 部门 then 姓名, by unit then name,
 * one row a person, so each unit's rows sit together and filter on 部门. Saved as an export (kept
 * one day, cleanExports): it holds names.
 */
export async function exportChaseList(ctx: Pick<Ctx, 'db' | 'openapi' | 'now'>, fileName: string, sheet: string, people: { name: string; unit: string }[]) {
  const rows = [...people].sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
  const data = [[header('部门'), header('姓名')], ...rows.map((p) => [{ value: p.unit }, { value: p.name }])]
  const buffer = await writeXlsxFile([{ data, sheet, stickyRowsCount: 1, columns: [{ width: 16 }, { width: 12 }] }]).toBuffer()
  return saveExport(ctx, fileName, buffer)
}
