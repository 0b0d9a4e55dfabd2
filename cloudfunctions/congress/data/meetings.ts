import { CONGRESS_CHECKINS, CONGRESS_MEETINGS } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { MeetingDoc } from './docs'

export const meetingsIn = (db: Database) => collection<MeetingDoc>(db, CONGRESS_MEETINGS)
export const loadMeeting = (db: Database, id: string) => getDoc<MeetingDoc>(db, CONGRESS_MEETINGS, id)
export const insertMeeting = (db: Database, doc: MeetingDoc) => addIfAbsent(db, CONGRESS_MEETINGS, doc as unknown as MeetingDoc & Record<string, unknown>)
export const allMeetings = (db: Database) => getAll(meetingsIn(db).orderBy('heldAt', 'desc'))

interface CheckinDoc {
  _id: string
  meetingId: string
  memberId: string
  at: string
}

const checkinsIn = (db: Database) => collection<CheckinDoc>(db, CONGRESS_CHECKINS)

/** One document per (meeting, 代表): a second check-in finds it there and changes nothing. */
export async function recordCheckin(db: Database, meetingId: string, memberId: string, at: string): Promise<CheckinDoc> {
  const doc = { _id: `${meetingId}:${memberId}`, meetingId, memberId, at }
  if (await addIfAbsent(db, CONGRESS_CHECKINS, doc)) return doc
  return (await getDoc<CheckinDoc>(db, CONGRESS_CHECKINS, doc._id)) ?? doc
}

export const checkinOf = (db: Database, meetingId: string, memberId: string) => getDoc<CheckinDoc>(db, CONGRESS_CHECKINS, `${meetingId}:${memberId}`)

export const checkinsOf = (db: Database, meetingId: string) => getAll(checkinsIn(db).where({ meetingId }).field({ memberId: true }))
