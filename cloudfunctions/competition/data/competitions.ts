import { COMPETITIONS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { collection, getAll, getDoc, type Database } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { CompetitionDoc } from './docs'

const competitionsIn = (db: Database) => collection<CompetitionDoc>(db, COMPETITIONS)

export async function loadCompetition(ctx: Ctx, id: string): Promise<CompetitionDoc> {
  const doc = await getDoc<CompetitionDoc>(ctx.db, COMPETITIONS, id)
  if (!doc) throw new AppError('NOT_FOUND', '没有这个比赛，可能已被删除')
  return doc
}

/** The latest competition created, or null when there is none. */
export async function newestCompetition(db: Database): Promise<CompetitionDoc | null> {
  const { data } = await competitionsIn(db).orderBy('createdAt', 'desc').limit(1).get()
  return data[0] ?? null
}

/** Every competition, newest first. */
export const listCompetitions = (db: Database) => getAll(competitionsIn(db).orderBy('createdAt', 'desc'))

export const competitionsByIds = (db: Database, ids: string[]) => getAll(competitionsIn(db).where({ _id: db.command.in(ids) }))

/** Answers the new competition's id. */
export async function insertCompetition(db: Database, data: Omit<CompetitionDoc, '_id'>): Promise<string> {
  const { _id } = await competitionsIn(db).add({ data })
  return _id
}

/** Sets 参与分 (absent: off). */
export async function setCompetitionParticipation(db: Database, id: string, participation: CompetitionDoc['participation'], at: string): Promise<void> {
  await competitionsIn(db)
    .doc(id)
    .update({ data: { participation: participation ? db.command.set(participation) : db.command.remove(), updatedAt: at } })
}
