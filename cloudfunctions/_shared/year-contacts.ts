/*
 * Who the union reached in a year, read from the activity and greeting functions' collections for
 * care.forgotten: read-only, and only the member ids.
 */
import { startOfUnionDay } from './clock'
import { GREETINGS, SIGNUPS } from './collections'
import type { Database } from './db'
import { getAll } from './db'

const bounds = (year: number) => ({ from: startOfUnionDay(`${year}-01-01`).toISOString(), to: startOfUnionDay(`${year + 1}-01-01`).toISOString() })

/** Members checked in at an activity during the Beijing year. */
export async function checkedInMembers(db: Database, year: number): Promise<Set<string>> {
  const _ = db.command
  const { from, to } = bounds(year)
  const rows = await getAll<{ memberId: string }>(
    db
      .collection<{ memberId: string }>(SIGNUPS)
      .where({ attended: true, attendedAt: _.gte(from).and(_.lt(to)) })
      .field({ memberId: true })
  )
  return new Set(rows.map((r) => r.memberId))
}

/** Members who opened a greeting card (openedAt) during the Beijing year. */
export async function greetedMembers(db: Database, year: number): Promise<Set<string>> {
  const _ = db.command
  const { from, to } = bounds(year)
  const rows = await getAll<{ memberId: string }>(
    db
      .collection<{ memberId: string }>(GREETINGS)
      .where({ openedAt: _.gte(from).and(_.lt(to)) })
      .field({ memberId: true })
  )
  return new Set(rows.map((r) => r.memberId))
}
