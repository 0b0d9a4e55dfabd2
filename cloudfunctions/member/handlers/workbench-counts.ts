/*
 * What waits for the chair and officers, counted for the 工作台. The workbench reads other
 * functions' collections, by count() or by a few short fields, and never writes: it sums what
 * their own pages will show in full. Suggestions are counted only, so nothing here can say who
 * wrote one (DESIGN: anonymity by design).
 */
import { ACTIVITIES, CARE_TASKS, CONGRESS_PROPOSALS, COMP_EVENTS, COMPETITIONS, MEMBERS, NOTICE_READS, NOTICES, SUGGESTION_SUPERVISORS, SUGGESTIONS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { addDays, unionDate } from '../../_shared/clock'
import { getAll, getDoc } from '../../_shared/db'
import { inAudience } from '../../_shared/notice-audience'
import { audienceMembers, type NoticeDoc } from '../../_shared/notices'

const total = async (p: Promise<{ total: number }>) => (await p).total

/** The chair, or an officer named 督导员, runs the 督导室 (suggestion/handlers/desk.ts). */
export async function isDesk(ctx: Ctx): Promise<boolean> {
  if (ctx.role === 'chair') return true
  return Boolean(ctx.member && ctx.role === 'officer' && (await getDoc(ctx.db, SUGGESTION_SUPERVISORS, ctx.member._id)))
}

/** New suggestions nobody has answered yet, and forwarded or adopted ones past their due date. */
export async function suggestionCounts(ctx: Ctx): Promise<{ unanswered: number; overdue: number }> {
  const _ = ctx.db.command
  const col = ctx.db.collection(SUGGESTIONS)
  const [unanswered, overdue] = await Promise.all([
    total(col.where({ status: 'received' }).count()),
    total(col.where({ status: _.in(['forwarded', 'adopted']), dueDate: _.lt(unionDate(ctx.now())) }).count())
  ])
  return { unanswered, overdue }
}

/** Activities taking sign-ups now (not called off). */
export const openActivities = (ctx: Ctx) =>
  total(
    ctx.db
      .collection(ACTIVITIES)
      .where({ signupClosesAt: ctx.db.command.gt(ctx.now().toISOString()), cancelled: ctx.db.command.exists(false) })
      .count()
  )

interface EventVersions {
  competitionId: string
  version: number
  published?: { version: number }
}

/**
 * Events whose recorded results the chair has not published yet (competition/lib/view.ts: pending),
 * and the competition holding most of them, for the row to open.
 */
export async function pendingResults(ctx: Ctx): Promise<{ count: number; competitionId?: string; title?: string }> {
  const events = await getAll<EventVersions>(
    ctx.db
      .collection<EventVersions>(COMP_EVENTS)
      .where({ version: ctx.db.command.gt(0) })
      .field({ competitionId: true, version: true, 'published.version': true })
  )
  const byComp = new Map<string, number>()
  for (const e of events) if (e.published?.version !== e.version) byComp.set(e.competitionId, (byComp.get(e.competitionId) ?? 0) + 1)
  const [top] = [...byComp.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  if (!top) return { count: 0 }
  const comp = await getDoc<{ title: string }>(ctx.db, COMPETITIONS, top[0], { title: true })
  return { count: [...byComp.values()].reduce((a, b) => a + b, 0), competitionId: top[0], title: comp?.title }
}

/** Notices of the last 30 days still unread by someone in their audience, newest first. */
export async function unreadNotices(ctx: Ctx): Promise<{ id: string; title: string; unread: number }[]> {
  const since = addDays(unionDate(ctx.now()), -30)
  const docs = await getAll<Pick<NoticeDoc, '_id' | 'title' | 'audience' | 'publishedAt'>>(
    ctx.db
      .collection<NoticeDoc>(NOTICES)
      .where({ status: 'published', publishedAt: ctx.db.command.gte(`${since}T00:00:00.000Z`) })
      .orderBy('publishedAt', 'desc')
      .limit(20)
      .field({ title: true, audience: true, publishedAt: true })
  )
  if (!docs.length) return []
  // the roster once, each audience from it; receipts by count(), never the readers themselves
  const everyone = await audienceMembers(ctx, null)
  const reads = await Promise.all(docs.map((d) => total(ctx.db.collection(NOTICE_READS).where({ noticeId: d._id }).count())))
  return docs.map((d, i) => ({ id: d._id, title: d.title, unread: everyone.filter((m) => inAudience(d.audience, m)).length - reads[i] })).filter((n) => n.unread > 0)
}

/** The newest published notice, for 阅读情况 when every recent one has been read. */
export async function latestNotice(ctx: Ctx): Promise<{ id: string; title: string } | null> {
  const { data } = await ctx.db.collection<NoticeDoc>(NOTICES).where({ status: 'published' }).orderBy('publishedAt', 'desc').limit(1).field({ title: true }).get()
  return data[0] ? { id: data[0]._id, title: data[0].title } : null
}

/** Members on the roster who have not bound a phone yet: they need their invite code handed out. */
export const unboundMembers = (ctx: Ctx) =>
  total(
    ctx.db
      .collection(MEMBERS)
      .where({ openid: ctx.db.command.exists(false), inactive: ctx.db.command.exists(false) })
      .count()
  )

/** Visit tasks still open past their Beijing due date (care: 五必访). */
export const overdueCareTasks = (ctx: Ctx) =>
  ctx.db
    .collection(CARE_TASKS)
    .where({ status: 'open', dueDate: ctx.db.command.lt(unionDate(ctx.now())) })
    .count()
    .then((r) => r.total)

/** 提案 accepted but not answered by their Beijing due date (the congress timer reminds them daily). */
export const overdueProposals = (ctx: Ctx) =>
  ctx.db
    .collection(CONGRESS_PROPOSALS)
    .where({ status: 'accepted', dueDate: ctx.db.command.lt(unionDate(ctx.now())) })
    .count()
    .then((r) => r.total)
