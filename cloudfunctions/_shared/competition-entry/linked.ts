import { COMP_EVENTS, COMPETITIONS } from '../collections'
import { collection, getAll, getDoc, type Database } from '../db'
import type { CompetitionDoc, EventDoc } from './docs'

/** A competition and its events, as an activity linked to it offers them (参赛项目); null when it is gone. */
export async function loadLinked(db: Database, competitionId: string): Promise<{ competition: CompetitionDoc; events: EventDoc[] } | null> {
  const competition = await getDoc<CompetitionDoc>(db, COMPETITIONS, competitionId)
  if (!competition) return null
  const events = await getAll(collection<EventDoc>(db, COMP_EVENTS).where({ competitionId }).orderBy('createdAt', 'asc'))
  return { competition, events }
}
