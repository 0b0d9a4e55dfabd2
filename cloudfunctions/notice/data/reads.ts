import { NOTICE_READS } from '../../_shared/collections'
import { getAll, getDoc, type Database } from '../../_shared/db'
import { noticeReadsIn, type NoticeReadDoc } from '../../_shared/notices'

export const loadRead = (db: Database, id: string) => getDoc<NoticeReadDoc>(db, NOTICE_READS, id)

export async function putRead(db: Database, read: NoticeReadDoc): Promise<void> {
  const { _id, ...data } = read
  await noticeReadsIn(db).doc(_id).set({ data })
}

/** The ids of the notices a member has read. */
export const readNoticeIds = async (db: Database, memberId: string): Promise<string[]> => (await getAll(noticeReadsIn(db).where({ memberId }).field({ noticeId: true }))).map((r) => r.noticeId)

/** Every receipt of a notice. */
export const readsOf = (db: Database, noticeId: string) => getAll(noticeReadsIn(db).where({ noticeId }))

/** Who has read a notice, by member id. */
export const readerIds = async (db: Database, noticeId: string): Promise<string[]> => (await getAll(noticeReadsIn(db).where({ noticeId }).field({ memberId: true }))).map((r) => r.memberId)
