import type { RemindInput, RemindOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { inUnionTz } from '../../_shared/clock'
import { audienceMembers, pushNotice, type PushOutcome } from '../../_shared/notices'
import { findNotice, requirePublished } from '../data/find'
import { inactiveInAudience } from '../data/inactive'
import { readerIds } from '../data/reads'
import { reachOf } from '../lib/reach'

/**
 * 提醒未读: one message to each unread member of the audience who has an unused grant. The answer
 * names who was reached and who was not, and why, so the chair knows whom to tell in person.
 */
export async function remind(input: RemindInput, ctx: Ctx): Promise<RemindOutput> {
  const doc = await findNotice(ctx, input.id)
  requirePublished(doc, '提醒')
  const [audience, readList, inactive] = await Promise.all([audienceMembers(ctx, doc.audience), readerIds(ctx.db, doc._id), inactiveInAudience(ctx.db, doc.audience)])
  const read = new Set(readList)
  const unread = audience.filter((m) => !read.has(m._id))
  // a retry of this reminder (same key, or the same minute without one) pushes nobody twice
  const round = `remind:${input.requestId ?? inUnionTz(ctx.now().toISOString()).format('YYYY-MM-DD HH:mm')}`
  const outcomes = new Map<string, PushOutcome>()
  await pushNotice(ctx, doc, unread, '您有一条通知尚未阅读', round, outcomes)
  return reachOf(
    unread,
    inactive.filter((m) => !read.has(m._id)),
    outcomes
  )
}
