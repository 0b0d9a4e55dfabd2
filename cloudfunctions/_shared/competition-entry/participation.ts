import { ACTIVITIES, SIGNUPS } from '../collections'
import { collection, getAll, type Database } from '../db'
import type { CompetitionDoc } from './docs'

/**
 * 参与分 (重过程，重参与面): for each unit, perCheckin points per member checked in at an activity
 * linked to the competition (activity.competitionId). Read from the check-ins every time, so a late
 * check-in or an officer's correction shows at the next look and re-running changes nothing.
 * Undefined when the competition does not count it.
 */
export async function participationOf(db: Database, c: Pick<CompetitionDoc, '_id' | 'participation'>): Promise<{ unit: string; points: number }[] | undefined> {
  if (!c.participation) return undefined
  const activities = await getAll(collection<{ _id: string }>(db, ACTIVITIES).where({ competitionId: c._id }).field({ _id: true }))
  if (!activities.length) return []
  const attended = await getAll(
    collection<{ _id: string; unit: string }>(db, SIGNUPS)
      .where({ activityId: db.command.in(activities.map((a) => a._id)), attended: true })
      .field({ unit: true })
  )
  const byUnit = new Map<string, number>()
  for (const s of attended) byUnit.set(s.unit, (byUnit.get(s.unit) ?? 0) + 1)
  const per = c.participation.perCheckin
  return [...byUnit].map(([unit, n]) => ({ unit, points: n * per }))
}
