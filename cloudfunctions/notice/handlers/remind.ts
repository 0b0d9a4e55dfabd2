import type { RemindInput, RemindOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { inUnionTz } from '../../_shared/clock'
import { audienceMembers, pushNotice } from '../../_shared/notices'
import { findNotice, requirePublished } from '../data/find'
import { readerIds } from '../data/reads'

/** 提醒未读: one message to each unread member of the audience who has an unused grant. */
export async function remind(input: RemindInput, ctx: Ctx): Promise<RemindOutput> {
  const doc = await findNotice(ctx, input.id)
  requirePublished(doc, '提醒')
  const audience = await audienceMembers(ctx, doc.audience)
  const read = new Set(await readerIds(ctx.db, doc._id))
  const unread = audience.filter((m) => !read.has(m._id))
  // a retry of this reminder (same key, or the same minute without one) pushes nobody twice
  const round = `remind:${input.requestId ?? inUnionTz(ctx.now().toISOString()).format('YYYY-MM-DD HH:mm')}`
  const sent = await pushNotice(ctx, doc, unread, '您有一条通知尚未阅读', round)
  return { unread: unread.length, sent, noGrant: unread.length - sent }
}
