import type { GetNoticeInput, GetNoticeOutput, Notice } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { inAudience } from '../../_shared/notice-audience'
import { readId, toNotice } from '../../_shared/notices'
import { findVisibleNotice } from '../data/find'
import { loadRead, putRead } from '../data/reads'

/** Opens a notice and marks it read for the caller, once: the first readAt stands. */
export async function get(input: GetNoticeInput, ctx: Ctx): Promise<GetNoticeOutput> {
  const doc = await findVisibleNotice(ctx, input.id)
  const me = ctx.member
  // the chair opening a notice meant for 语文组 is not a 语文组 reader
  if (!me || doc.status !== 'published' || !inAudience(doc.audience, me)) return answer(toNotice(doc))
  const id = readId(doc._id, me._id)
  const seen = await loadRead(ctx.db, id)
  if (seen) return answer(toNotice(doc, seen.readAt))
  const readAt = ctx.now().toISOString()
  await putRead(ctx.db, { _id: id, noticeId: doc._id, memberId: me._id, readAt })
  return answer(toNotice(doc, readAt))
}

const answer = (notice: Notice): GetNoticeOutput => ({ ...notice, notice })
