import { CONGRESS_CHECKINS, CONGRESS_MEETINGS } from './collections'
import { getAll, getDoc, type Database } from './db'
import { membersIn } from './members'

/**
 * Who is in the hall at a 教代会 meeting, for the ballot function: congress owns the check-ins
 * (cloudfunctions/congress/data/meetings.ts writes `<meetingId>:<memberId>`); others read them here
 * rather than reaching into congress's collection.
 */

/** member.tag's tag for a 代表 (congress/lib/access.ts uses the same word). */
export const DELEGATE_TAG = '教代会代表'

export interface MeetingRef {
  id: string
  title: string
  heldAt: string
}

export async function meetingRef(db: Database, meetingId: string): Promise<MeetingRef | null> {
  const m = await getDoc<{ _id: string; title: string; heldAt: string }>(db, CONGRESS_MEETINGS, meetingId, { title: true, heldAt: true })
  return m ? { id: m._id, title: m.title, heldAt: m.heldAt } : null
}

/** Whether this member has checked in at the meeting. */
export async function isPresent(db: Database, meetingId: string, memberId: string): Promise<boolean> {
  return (await getDoc(db, CONGRESS_CHECKINS, `${meetingId}:${memberId}`, { _id: true })) !== null
}

/** Ids of the members checked in at the meeting (active or not: callers filter). */
export async function presentIds(db: Database, meetingId: string): Promise<Set<string>> {
  const rows = await getAll(db.collection<{ _id: string; memberId: string }>(CONGRESS_CHECKINS).where({ meetingId }).field({ memberId: true }).orderBy('_id', 'asc'))
  return new Set(rows.map((r) => r.memberId))
}

/** How many active 代表 there are now: the 应到 of a meeting. */
export async function delegateCount(db: Database): Promise<number> {
  const rows = await getAll(
    membersIn(db)
      .where({ tags: DELEGATE_TAG, inactive: db.command.exists(false) })
      .field({ _id: true })
      .orderBy('_id', 'asc')
  )
  return rows.length
}
