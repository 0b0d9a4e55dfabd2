import { getAll, type Database } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'
import type { RosterMember } from '../lib/forecast'
import type { GreetedMember } from '../lib/occasions'

/** A member as the daily run greets them: the rules' fields, and what a push needs. */
export type Recipient = GreetedMember & Pick<MemberDoc, 'openid' | 'grants'>

const FIELDS = { name: true, gender: true, birthday: true, lunarBirthday: true, retired: true, joinedAt: true, openid: true, grants: true }

/** The next `size` members after `cursor` (an _id; '' for the first), in _id order. */
export async function recipientsAfter(db: Database, cursor: string, size: number): Promise<Recipient[]> {
  const _ = db.command
  const { data } = await membersIn(db)
    // a member who left (member.deactivate) is greeted no more
    .where({ _id: _.gt(cursor), inactive: _.exists(false) })
    .orderBy('_id', 'asc')
    .limit(size)
    .field(FIELDS)
    .get()
  return data
}

/** Every member with what the greeting calendar shows and judges by. */
export function calendarRoster(db: Database): Promise<RosterMember[]> {
  const fields = { name: true, unit: true, gender: true, birthday: true, lunarBirthday: true, retired: true, joinedAt: true }
  return getAll(
    membersIn(db)
      .where({ inactive: db.command.exists(false) })
      .orderBy('_id', 'asc')
      .field(fields)
  )
}
