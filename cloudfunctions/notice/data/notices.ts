import { getAll, type Database } from '../../_shared/db'
import { noticesIn, type NoticeDoc } from '../../_shared/notices'
import { escapeRegex } from '../lib/search'

/** The notices matching where, without their bodies (5,000 characters each: lists carry the excerpt). */
export const listNotices = (db: Database, where: Record<string, unknown>) => getAll<Omit<NoticeDoc, 'body'>>(noticesIn(db).where(where).field({ body: false }))

/**
 * The ids of the notices matching where whose title or text holds q, matched by the database so the
 * bodies never leave it. q is escaped: `(` or `.` is just a character, never a broken pattern.
 */
export async function noticeIdsMatching(db: Database, where: Record<string, unknown>, q: string): Promise<Set<string>> {
  const _ = db.command
  const re = new RegExp(escapeRegex(q), 'i')
  const cond = _.and(where, _.or({ title: re }, { body: re })) as unknown as Record<string, unknown>
  return new Set((await getAll(noticesIn(db).where(cond).field({ _id: true }))).map((d) => d._id))
}

export async function updateNotice(db: Database, id: string, data: Record<string, unknown>): Promise<void> {
  await noticesIn(db).doc(id).update({ data })
}
