import type { RemindInput, RemindOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { inUnionTz } from '../../_shared/clock'
import { getAll } from '../../_shared/db'
import { audienceMembers, NOTICE_READS, pushNotice } from '../../_shared/notices'
import { findNotice, requirePublished } from '../lib/find'

/** 提醒未读: one message to each unread member of the audience who has an unused grant. */
export async function remind(input: RemindInput, ctx: Ctx): Promise<RemindOutput> {
  const doc = await findNotice(ctx, input.id)
  requirePublished(doc, '提醒')
  const audience = await audienceMembers(ctx, doc.audience)
  const reads = await getAll<{ memberId: string }>(ctx.db.collection(NOTICE_READS).where({ noticeId: doc._id }).field({ memberId: true }))
  const read = new Set(reads.map((r) => r.memberId))
  const unread = audience.filter((m) => !read.has(m._id))
  // a retry of this reminder (same key, or the same minute without one) pushes nobody twice
  const round = `remind:${input.requestId ?? inUnionTz(ctx.now().toISOString()).format('YYYY-MM-DD HH:mm')}`
  const sent = await pushNotice(ctx, doc, unread, '您有一条通知尚未阅读', round)
  return { unread: unread.length, sent, noGrant: unread.length - sent }
}
