import type { ExportUnsignedInput, ExportUnsignedOutput } from '../../../types/activity'
import { exportChaseList } from '../../_shared/chase-sheet'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { unsigned } from './unsigned'

/** 未报名名单 as an .xlsx: the same members the copied text names, for a 小组长 to chase their own unit. */
export async function exportUnsigned(input: ExportUnsignedInput, ctx: Ctx): Promise<ExportUnsignedOutput> {
  const [a, { items }] = await Promise.all([loadActivity(ctx.db, input.id), unsigned(input, ctx)])
  return exportChaseList(ctx, `${a.title}-未报名名单.xlsx`, '未报名', items)
}
