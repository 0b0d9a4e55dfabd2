import { ACTIVITY_PUSHES, ACTIVITY_SEEN } from '../../_shared/collections'
import { addIfAbsent, getDoc, type Database } from '../../_shared/db'

/** Collection `activity_pushes`, id `<activityId>:<memberId>`: this member was told of this new activity. */
export interface AnnouncementDoc {
  _id: string
  activityId: string
  memberId: string
  at: string
}

/**
 * Collection `activity_seen`, id = member id. The ids of the open activities listed to the member
 * when they last looked at 活动: a set, not a time, so two activities published in one
 * millisecond (or under a test's fixed clock) are never taken as seen before they were.
 */
export interface SeenDoc {
  _id: string
  ids: string[]
  at: string
}

/** Claims telling this member of this activity: false when an earlier run (cut off or not) already did. */
export const claimAnnouncement = (db: Database, activityId: string, memberId: string, at: string): Promise<boolean> =>
  addIfAbsent(db, ACTIVITY_PUSHES, { _id: `${activityId}:${memberId}`, activityId, memberId, at })

/** The open activities the member has already seen listed. */
export async function seenIds(db: Database, memberId: string): Promise<Set<string>> {
  const doc = await getDoc<SeenDoc>(db, ACTIVITY_SEEN, memberId)
  return new Set(doc?.ids ?? [])
}

/** Records what the member is looking at now; only open activities are kept, so the set stays small. */
export async function markSeen(db: Database, memberId: string, ids: string[], at: string): Promise<void> {
  await db.collection(ACTIVITY_SEEN).doc(memberId).set({ data: { ids, at } })
}
