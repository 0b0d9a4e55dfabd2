import { getAll, type Database } from '../../_shared/db'
import { noticeReadsIn, noticesIn, type NoticeDoc } from '../../_shared/notices'

export type DocumentRow = Pick<NoticeDoc, '_id' | 'title' | 'publishedAt' | 'audience'>

/** The published notices filed under a meeting (its 会议文件), without their bodies, oldest first. */
export const meetingNotices = (db: Database, meetingId: string) =>
  getAll<DocumentRow>(noticesIn(db).where({ meetingId, status: 'published' }).field({ title: true, publishedAt: true, audience: true }).orderBy('publishedAt', 'asc'))

/** Every receipt of these notices (memberId and noticeId only), for 已读/未读 and the chair's counts. */
export async function receiptsOf(db: Database, noticeIds: string[], memberId?: string): Promise<{ noticeId: string; memberId: string }[]> {
  if (noticeIds.length === 0) return []
  const where: Record<string, unknown> = { noticeId: db.command.in(noticeIds) }
  if (memberId) where.memberId = memberId
  return getAll(noticeReadsIn(db).where(where).field({ noticeId: true, memberId: true }))
}
