import type { GetNoticeInput, GetNoticeOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { inAudience } from '../../_shared/notice-audience'
import { NOTICE_READS, readId, toNotice, type NoticeReadDoc } from '../../_shared/notices'
import { findVisibleNotice } from '../lib/find'

/** Opens a notice and marks it read for the caller, once: the first readAt stands. */
export async function get(input: GetNoticeInput, ctx: Ctx): Promise<GetNoticeOutput> {
  const doc = await findVisibleNotice(ctx, input.id)
  const me = ctx.member
  // the chair opening a notice meant for 语文组 is not a 语文组 reader
  if (!me || doc.status !== 'published' || !inAudience(doc.audience, me)) return { notice: toNotice(doc) }
  const id = readId(doc._id, me._id)
  const seen = await getDoc<NoticeReadDoc>(ctx.db, NOTICE_READS, id)
  if (seen) return { notice: toNotice(doc, seen.readAt) }
  const readAt = ctx.now().toISOString()
  await ctx.db
    .collection(NOTICE_READS)
    .doc(id)
    .set({ data: { noticeId: doc._id, memberId: me._id, readAt } })
  return { notice: toNotice(doc, readAt) }
}
