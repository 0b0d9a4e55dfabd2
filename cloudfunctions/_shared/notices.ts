import { NOTICE_CATEGORY_LABELS, PublishInput, type Notice, type NoticeCategory, type NoticeLink, type NoticeStatus } from '../../types/notice'
import { inUnionTz } from './clock'
import { CONGRESS_MEETINGS, NOTICE_PUSHES, NOTICE_READS, NOTICES } from './collections'
import type { Ctx } from './ctx'
import { addIfAbsent, collection, getAll, getDoc, type Database } from './db'
import { createHash, randomBytes } from 'node:crypto'
import { AppError } from './errors'
import { membersIn, type MemberDoc } from './members'
import { inAudience, normaliseAudience, unknownUnits, type StoredAudience } from './notice-audience'
import { pushOnce } from './push'

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
  /** Set by the function that posted it (suggestion's 表彰): the page the notice leads to. */
  link?: NoticeLink
  /** The 教代会 (congress_meetings id) this is a 会议文件 of; its meeting page lists it for the audience. */
  meetingId?: string
}

/** A read receipt (collection `notice_reads`), id `<noticeId>:<memberId>` so re-reading is a no-op. */
export interface NoticeReadDoc {
  _id: string
  noticeId: string
  memberId: string
  readAt: string
}

export const readId = (noticeId: string, memberId: string) => `${noticeId}:${memberId}`

export const noticesIn = (db: Database) => collection<NoticeDoc>(db, NOTICES)
export const noticeReadsIn = (db: Database) => collection<NoticeReadDoc>(db, NOTICE_READS)

export const loadNotice = (db: Database, id: string) => getDoc<NoticeDoc>(db, NOTICES, id)

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
  if (doc.link) n.link = doc.link
  if (doc.meetingId) n.meetingId = doc.meetingId
  return n
}

/** BAD_REQUEST naming the field when a 会议文件 names a meeting that does not exist. */
export async function checkMeeting(ctx: Pick<Ctx, 'db'>, meetingId: string | undefined): Promise<void> {
  if (meetingId && !(await getDoc(ctx.db, CONGRESS_MEETINGS, meetingId))) throw new AppError('BAD_REQUEST', '会议：找不到这次教代会，请从会议页面发布会议文件')
}

/** Every member the audience includes, from the roster as it stands now. */
export async function audienceMembers(ctx: Pick<Ctx, 'db'>, audience: StoredAudience): Promise<MemberDoc[]> {
  // a member who left (member.deactivate) is in no audience: not pushed, not counted unread
  const roster = await getAll(
    membersIn(ctx.db)
      .where({ inactive: ctx.db.command.exists(false) })
      .field({ name: true, unit: true, role: true, openid: true, grants: true, tags: true })
  )
  return roster.filter((m) => inAudience(audience, m))
}

/** BAD_REQUEST naming the field when the audience names a unit nobody on the roster belongs to. */
export async function checkAudience(ctx: Pick<Ctx, 'db'>, audience: StoredAudience): Promise<void> {
  if (!audience?.units) return
  const roster = await getAll<Pick<MemberDoc, 'unit'>>(membersIn(ctx.db).field({ unit: true }))
  const unknown = unknownUnits(
    audience,
    roster.map((m) => m.unit)
  )
  if (unknown.length) throw new AppError('BAD_REQUEST', `发布范围 部门：名单里没有“${unknown.join('”“')}”`)
}

/** What the subscribe message says: short values (the platform cuts `thing` fields at 20). */
function pushData(doc: NoticeDoc, note: string): Record<string, string> {
  return {
    title: doc.title.slice(0, 20),
    category: NOTICE_CATEGORY_LABELS[doc.category],
    time: inUnionTz(doc.publishedAt).format('YYYY-MM-DD HH:mm'),
    note
  }
}

/** What one push came to: 'already' is a member an earlier run of the same round claimed (and pushed). */
export type PushOutcome = 'sent' | 'no-grant' | 'failed' | 'already'

/** Sends in parallel batches: one by one, 1,200 members would outlast a function's time limit. */
const PUSH_BATCH = 50

/**
 * Pushes once to each member listed who has an unused `notice` grant; answers how many were sent.
 * `round` names this sending (the publish, or one 提醒未读): a re-run of the same round skips whoever
 * it already claimed, so a retry after a timeout or a kill never pushes anyone twice.
 */
export async function pushNotice(
  ctx: Pick<Ctx, 'db' | 'openapi' | 'log'>,
  doc: NoticeDoc,
  members: MemberDoc[],
  note: string,
  round = 'publish',
  /** Filled with each granted member's outcome (by member id), for a reminder that says who it reached. */
  outcomes?: Map<string, PushOutcome>
): Promise<number> {
  const page = `pages/notice/index?id=${doc._id}`
  const data = pushData(doc, note)
  // skip the write pushOnce would attempt for members who have nothing to spend
  const granted = members.filter((m) => m.openid && (m.grants?.notice ?? 0) > 0)
  let sent = 0
  for (let i = 0; i < granted.length; i += PUSH_BATCH) {
    // pushOnce spends each grant with a conditional decrement, so parallel sends never overspend
    // settled, not all: one failure must not cut its siblings off between their claim and their send
    const batch = granted.slice(i, i + PUSH_BATCH)
    const results = await Promise.allSettled(batch.map(async (m) => ((await claimPush(ctx, doc._id, m._id, round)) ? pushOnce(ctx, m, 'notice', page, data) : 'already')))
    results.forEach((r, j) => outcomes?.set(batch[j]._id, r.status === 'fulfilled' ? r.value : 'failed'))
    sent += results.filter((r) => r.status === 'fulfilled' && r.value === 'sent').length
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }
  return sent
}

/**
 * Claims the (notice, member, round) push: false when an earlier run, cut off or not, already did.
 * One document per (notice, member, round) pushed, written before the send: a re-run never pushes twice.
 */
async function claimPush(ctx: Pick<Ctx, 'db'>, noticeId: string, memberId: string, round: string): Promise<boolean> {
  const _id = createHash('sha256').update(`${noticeId}\u0000${memberId}\u0000${round}`).digest('hex').slice(0, 32)
  return addIfAbsent(ctx.db, NOTICE_PUSHES, { _id, noticeId, memberId, round })
}

/**
 * The notice's id: from the poster's key or the client's idempotency key, so a retry is the same
 * notice; without one, new (the same text published again after a withdraw is a new notice).
 */
function noticeIdOf(ctx: Ctx, input: PublishInput, key?: string): string {
  const basis = key ? ['poster', key] : input.requestId ? ['key', ctx.openid, input.requestId] : ['new', randomBytes(16).toString('hex')]
  return createHash('sha256').update(basis.join('\u0000')).digest('hex').slice(0, 32)
}

/**
 * Publishes a notice and pushes it to its audience: the one way a notice is written, used by
 * notice.publish and by other functions (suggestion posts the month's winning numbers). Safe to
 * repeat with a key: the same notice is published once and each member pushed once.
 * Validates everything before the first write; throws AppError / ZodError on bad input.
 * authorName defaults to the caller's name, or 工会 when no member is calling (a timer); link names
 * the page the notice leads to.
 */
export async function postNotice(ctx: Ctx, raw: PublishInput, opts: { authorName?: string; key?: string; link?: NoticeLink } = {}): Promise<Notice> {
  const input = PublishInput.parse(raw)
  const audience = normaliseAudience(input.audience)
  await checkAudience(ctx, audience)
  await checkMeeting(ctx, input.meetingId)
  const doc: Omit<NoticeDoc, '_id'> = {
    title: input.title,
    body: input.body,
    excerpt: excerptOf(input.body),
    category: input.category,
    audience,
    pinned: input.pinned ?? false,
    status: 'published',
    authorName: opts.authorName ?? (ctx.member?.name || '工会'),
    publishedAt: ctx.now().toISOString(),
    ...(opts.link ? { link: opts.link } : {}),
    ...(input.meetingId ? { meetingId: input.meetingId } : {})
  }
  const _id = noticeIdOf(ctx, input, opts.key)
  let saved: NoticeDoc = { ...doc, _id }
  // a retry (timeout, kill, double tap): the notice stands; finish its pushes, publish nothing new
  if (!(await addIfAbsent(ctx.db, NOTICES, { ...saved }))) saved = (await loadNotice(ctx.db, _id)) ?? saved
  const sent = await pushNotice(ctx, saved, await audienceMembers(ctx, audience), '新通知，请查看')
  ctx.log('notice published', { id: _id, sent })
  return toNotice(saved)
}
