import { getAll, type Database } from '../../_shared/db'
import { noticesIn, type NoticeDoc } from '../../_shared/notices'

/** The notices matching where, without their bodies (5,000 characters each: lists carry the excerpt). */
export const listNotices = (db: Database, where: Record<string, unknown>) => getAll<Omit<NoticeDoc, 'body'>>(noticesIn(db).where(where).field({ body: false }))

export async function updateNotice(db: Database, id: string, data: Record<string, unknown>): Promise<void> {
  await noticesIn(db).doc(id).update({ data })
}
