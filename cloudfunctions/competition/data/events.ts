import { isAtLeast } from '../../_shared/auth'
import { COMP_EVENTS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { collection, getAll, getDoc, txGetDoc, type Database, type Transaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { EventDoc } from './docs'

export const eventsIn = (db: Database) => collection<EventDoc>(db, COMP_EVENTS)

/** The event, or NOT_FOUND; a member asking for an event not yet published is told so. */
export async function loadEvent(ctx: Ctx, id: string, opts: { forMembers?: boolean } = {}): Promise<EventDoc> {
  const doc = await getDoc<EventDoc>(ctx.db, COMP_EVENTS, id)
  if (!doc) throw new AppError('NOT_FOUND', '没有这个比赛项目')
  if (opts.forMembers && !isAtLeast(ctx.role, 'officer') && !doc.published) throw new AppError('NOT_FOUND', '该项目成绩尚未公布')
  return doc
}

export const loadEvents = (ctx: Ctx, competitionId: string): Promise<EventDoc[]> => getAll(eventsIn(ctx.db).where({ competitionId }).orderBy('createdAt', 'asc'))

export const eventsByIds = (db: Database, ids: string[]) => getAll(eventsIn(db).where({ _id: db.command.in(ids) }))

/** The events of these competitions, only which competition each is of and whether it is published. */
export const publishedFlagsOf = (db: Database, competitionIds: string[]) =>
  getAll<Pick<EventDoc, '_id' | 'competitionId' | 'published'>>(
    eventsIn(db)
      .where({ competitionId: db.command.in(competitionIds) })
      .field({ competitionId: true, published: true })
  )

/** Answers the new event's id. */
export async function insertEvent(db: Database, data: Omit<EventDoc, '_id'>): Promise<string> {
  const { _id } = await eventsIn(db).add({ data })
  return _id
}

export const txLoadEvent = (tx: Transaction, id: string) => txGetDoc<EventDoc>(tx, COMP_EVENTS, id)

export async function txUpdateEvent(tx: Transaction, id: string, data: Record<string, unknown>): Promise<void> {
  await tx.collection(COMP_EVENTS).doc(id).update({ data })
}

/** Writes the event's changed fields only while it is unpublished: false when results were published meanwhile. */
export async function updateUnpublished(db: Database, id: string, data: Record<string, unknown>): Promise<boolean> {
  const { stats } = await eventsIn(db)
    .where({ _id: id, published: db.command.exists(false) })
    .update({ data })
  return stats.updated === 1
}

export async function deleteEvent(db: Database, id: string): Promise<void> {
  await eventsIn(db).doc(id).remove()
}
