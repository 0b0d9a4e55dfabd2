import type { ExportNotTakenInput, ExportNotTakenOutput } from '../../../types/ballot'
import { exportChaseList } from '../../_shared/chase-sheet'
import type { Ctx } from '../../_shared/ctx'
import { mustLoad } from './get'
import { turnoutOf } from './turnout'

/** 未领票名单 as an .xlsx: those the turnout card names (not yet taken a ballot), to remind; never how anyone voted. */
export async function exportNotTaken(input: ExportNotTakenInput, ctx: Ctx): Promise<ExportNotTakenOutput> {
  const doc = await mustLoad(input.id, ctx)
  return exportChaseList(ctx, `${doc.title}-未领票名单.xlsx`, '未领票', (await turnoutOf(ctx, doc)).notTaken)
}
