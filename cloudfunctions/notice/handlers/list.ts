import type { ListNoticesInput, ListNoticesOutput, NoticeSummary } from '../../../types/notice'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { inAudience } from '../../_shared/notice-audience'
import { toNotice } from '../../_shared/notices'
import { listNotices } from '../data/notices'
import { readNoticeIds } from '../data/reads'
import { byPinnedThenNewest } from '../lib/order'

/** 首页: the notices for me, pinned first then newest, unread marked. The chair sees every notice. */
export async function list(input: ListNoticesInput, ctx: Ctx): Promise<ListNoticesOutput> {
  const chair = isAtLeast(ctx.role, 'chair')
  const where: Record<string, unknown> = {}
  if (!(chair && input.withdrawn)) where.status = 'published'
  if (input.category) where.category = input.category
  // bodies can be 5,000 characters each: the list carries the stored excerpt instead
  const docs = await listNotices(ctx.db, where)
  const me = ctx.member
  const read = new Set<string>()
  if (me) {
    for (const id of await readNoticeIds(ctx.db, me._id)) read.add(id)
  }
  const items: NoticeSummary[] = []
  for (const d of docs) {
    const mine = Boolean(me && inAudience(d.audience, me))
    if (!mine && !chair) continue
    const { body: _b, readAt: _r, ...rest } = toNotice({ ...d, body: '' })
    items.push({ ...rest, excerpt: d.excerpt, unread: mine && d.status === 'published' && !read.has(d._id) })
  }
  return { items: items.sort(byPinnedThenNewest) }
}
