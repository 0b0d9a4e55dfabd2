import type { ExportUnsignedInput, ExportUnsignedOutput } from '../../../types/activity'
import { exportChaseList } from '../../_shared/chase-sheet'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { unsignedOf } from './unsigned'

/** 未报名名单 as an .xlsx: the same members the copied text names, for a 小组长 to chase their own unit. */
export async function exportUnsigned(input: ExportUnsignedInput, ctx: Ctx): Promise<ExportUnsignedOutput> {
  const a = await loadActivity(ctx.db, input.id)
  return exportChaseList(ctx, `${a.title}-未报名名单.xlsx`, '未报名', await unsignedOf(ctx, a))
}
