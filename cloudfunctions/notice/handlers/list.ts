import type { ListNoticesInput, ListNoticesOutput, NoticeSummary } from '../../../types/notice'
import { isAtLeast } from '../../_shared/auth'
import { inUnionTz } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { inAudience } from '../../_shared/notice-audience'
import { toNotice } from '../../_shared/notices'
import { listNotices, noticeIdsMatching } from '../data/notices'
import { readNoticeIds } from '../data/reads'
import { byPinnedThenNewest } from '../lib/order'
import { yearBounds } from '../lib/search'

/**
 * 首页: the notices for me, pinned first then newest, unread marked. The chair sees every notice.
 * `q` finds words in the title or the text; `year` narrows to one year, and `years` says which
 * years there are, so 往年 stay reachable however many notices pile up.
 */
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
  const mine = docs.filter((d) => chair || Boolean(me && inAudience(d.audience, me)))
  const years = [...new Set(mine.map((d) => inUnionTz(d.publishedAt).year()))].sort((a, b) => b - a)
  let shown = mine
  if (input.year) {
    const [from, to] = yearBounds(input.year)
    shown = shown.filter((d) => d.publishedAt >= from && d.publishedAt < to)
  }
  const q = input.q?.trim()
  if (q) {
    const hits = await noticeIdsMatching(ctx.db, where, q)
    shown = shown.filter((d) => hits.has(d._id))
  }
  const items: NoticeSummary[] = shown.map((d) => {
    const { body: _b, readAt: _r, ...rest } = toNotice({ ...d, body: '' })
    const forMe = Boolean(me && inAudience(d.audience, me))
    return { ...rest, excerpt: d.excerpt, unread: forMe && d.status === 'published' && !read.has(d._id) }
  })
  return { items: items.sort(byPinnedThenNewest), years }
}
