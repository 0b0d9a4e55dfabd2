import type { ExportUnreadInput, ExportUnreadOutput } from '../../../types/notice'
import { exportChaseList } from '../../_shared/chase-sheet'
import type { Ctx } from '../../_shared/ctx'
import { findNotice } from '../data/find'
import { readers } from './readers'

/** 未读名单 as an .xlsx: the members the copied 未读 text names (bound or not), for each 小组长 to chase. */
export async function exportUnread(input: ExportUnreadInput, ctx: Ctx): Promise<ExportUnreadOutput> {
  const [doc, r] = await Promise.all([findNotice(ctx, input.id), readers(input, ctx)])
  return exportChaseList(ctx, `${doc.title}-未读名单.xlsx`, '未读', r.unread)
}
