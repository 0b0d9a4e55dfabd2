import type { ExportUnreadInput, ExportUnreadOutput } from '../../../types/notice'
import { exportChaseList } from '../../_shared/chase-sheet'
import type { Ctx } from '../../_shared/ctx'
import { findNotice } from '../data/find'
import { receiptsOf } from './readers'

/** 未读名单 as an .xlsx: the members the copied 未读 text names (bound or not), for each 小组长 to chase. */
export async function exportUnread(input: ExportUnreadInput, ctx: Ctx): Promise<ExportUnreadOutput> {
  const doc = await findNotice(ctx, input.id)
  return exportChaseList(ctx, `${doc.title}-未读名单.xlsx`, '未读', (await receiptsOf(ctx, doc)).unread)
}
