import { NOTICE_CATEGORY_LABELS, PublishInput, type Notice, type NoticeCategory, type NoticeStatus } from '../../types/notice'
import { inUnionTz } from './clock'
import type { Ctx } from './ctx'
import { getAll } from './db'
import { AppError } from './errors'
import type { MemberDoc } from './members'
import { inAudience, normaliseAudience, unknownUnits, type StoredAudience } from './notice-audience'
import { pushOnce } from './push'

export const NOTICES = 'notices'
export const NOTICE_READS = 'notice_reads'

/** A stored notice (collection `notices`). */
export interface NoticeDoc {
  _id: string
  title: string
  body: string
  /** First line(s) of the body, so 首页 never loads bodies. */
  excerpt: string
  category: NoticeCategory
  audience: StoredAudience
  pinned: boolean
  status: NoticeStatus
  authorName: string
  publishedAt: string
  editedAt?: string
  withdrawnAt?: string
}

/** A read receipt (collection `notice_reads`), id `<noticeId>:<memberId>` so re-reading is a no-op. */
export interface NoticeReadDoc {
  _id: string
  noticeId: string
  memberId: string
  readAt: string
}

export const readId = (noticeId: string, memberId: string) => `${noticeId}:${memberId}`

export const excerptOf = (body: string): string => body.replace(/\s+/g, ' ').trim().slice(0, 80)

export function toNotice(doc: NoticeDoc, readAt?: string): Notice {
  const n: Notice = {
    id: doc._id,
    title: doc.title,
    body: doc.body,
    category: doc.category,
    audience: doc.audience,
    pinned: doc.pinned,
    status: doc.status,
    authorName: doc.authorName,
    publishedAt: doc.publishedAt
  }
  if (doc.editedAt) n.editedAt = doc.editedAt
  if (doc.withdrawnAt) n.withdrawnAt = doc.withdrawnAt
  if (readAt) n.readAt = readAt
  return n
}

/** Every member the audience includes, from the roster as it stands now. */
export async function audienceMembers(ctx: Pick<Ctx, 'db'>, audience: StoredAudience): Promise<MemberDoc[]> {
  const roster = await getAll<MemberDoc>(ctx.db.collection('members').field({ name: true, unit: true, role: true, openid: true, grants: true }))
  return roster.filter((m) => inAudience(audience, m))
}

/** BAD_REQUEST naming the field when the audience names a unit nobody on the roster belongs to. */
export async function checkAudience(ctx: Pick<Ctx, 'db'>, audience: StoredAudience): Promise<void> {
  if (!audience?.units) return
  const roster = await getAll<{ unit: string }>(ctx.db.collection('members').field({ unit: true }))
  const unknown = unknownUnits(audience, roster.map((m) => m.unit))
  if (unknown.length) throw new AppError('BAD_REQUEST', `发布范围 部门：名单里没有“${unknown.join('”“')}”`)
}

/** What the subscribe message says: short values (the platform cuts `thing` fields at 20). */
export function pushData(doc: NoticeDoc, note: string): Record<string, string> {
  return {
    title: doc.title.slice(0, 20),
    category: NOTICE_CATEGORY_LABELS[doc.category],
    time: inUnionTz(doc.publishedAt).format('YYYY-MM-DD HH:mm'),
    note
  }
}

/** Sends in parallel batches: one by one, 1,200 members would outlast a function's time limit. */
const PUSH_BATCH = 20

/** Pushes once to each member listed who has an unused `notice` grant; answers how many were sent. */
export async function pushNotice(ctx: Pick<Ctx, 'db' | 'openapi' | 'log'>, doc: NoticeDoc, members: MemberDoc[], note: string): Promise<number> {
  const page = `pages/notice/index?id=${doc._id}`
  const data = pushData(doc, note)
  // skip the write pushOnce would attempt for members who have nothing to spend
  const granted = members.filter((m) => m.openid && (m.grants?.notice ?? 0) > 0)
  let sent = 0
  for (let i = 0; i < granted.length; i += PUSH_BATCH) {
    // pushOnce spends each grant with a conditional decrement, so parallel sends never overspend
    const results = await Promise.all(granted.slice(i, i + PUSH_BATCH).map((m) => pushOnce(ctx, m, 'notice', page, data)))
    sent += results.filter((r) => r === 'sent').length
  }
  return sent
}

/**
 * Publishes a notice and pushes it to its audience: the one way a notice is written, used by
 * notice.publish and by other functions (suggestion posts the month's winning numbers).
 * Validates everything before the first write; throws AppError / ZodError on bad input.
 * authorName defaults to the caller's name, or 工会 when no member is calling (a timer).
 */
export async function postNotice(ctx: Ctx, raw: PublishInput, opts: { authorName?: string } = {}): Promise<Notice> {
  const input = PublishInput.parse(raw)
  const audience = normaliseAudience(input.audience)
  await checkAudience(ctx, audience)
  const doc: Omit<NoticeDoc, '_id'> = {
    title: input.title,
    body: input.body,
    excerpt: excerptOf(input.body),
    category: input.category,
    audience,
    pinned: input.pinned ?? false,
    status: 'published',
    authorName: opts.authorName ?? (ctx.member?.name || '工会'),
    publishedAt: ctx.now().toISOString()
  }
  const { _id } = await ctx.db.collection(NOTICES).add({ data: doc })
  const saved: NoticeDoc = { ...doc, _id }
  const sent = await pushNotice(ctx, saved, await audienceMembers(ctx, audience), '新通知，请查看')
  ctx.log('notice published', { id: _id, sent })
  return toNotice(saved)
}
