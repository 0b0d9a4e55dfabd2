import { COMP_COUNTERS, COMP_ENTRIES, COMP_REQUESTS } from '../collections'
import type { Ctx } from '../ctx'
import { collection, getDoc, type Database } from '../db'
import { AppError } from '../errors'
import type { MemberDoc } from '../members'
import { keyId, type CompetitionDoc, type EntryDoc, type EventDoc, type RequestDoc } from './docs'
import { selfEntryClosed } from './rules'

/*
 * A member's own entry request (pending until their unit's officer decides), as competition.selfEnter
 * and activity's 参赛项目 both make it: the same document, limits and messages either way.
 */

export const requestsIn = (db: Database) => collection<RequestDoc>(db, COMP_REQUESTS)

export const loadRequest = (db: Database, id: string) => getDoc<RequestDoc>(db, COMP_REQUESTS, id)

export const loadEntry = (db: Database, id: string) => getDoc<EntryDoc>(db, COMP_ENTRIES, id)

/** Writes the request whole (a member asking again after a withdrawn entry starts afresh). */
export async function putRequest(db: Database, doc: RequestDoc): Promise<void> {
  const { _id, ...data } = doc
  await requestsIn(db).doc(_id).set({ data })
}

/** Records the officer's decision; only a request still in `from` changes, so two officers deciding at once settle on one answer. */
export async function decideRequest(db: Database, id: string, from: RequestDoc['status'][], data: Pick<RequestDoc, 'status' | 'decidedBy' | 'decidedAt'> & { reason?: string }): Promise<boolean> {
  const _ = db.command
  const { stats } = await requestsIn(db)
    .where({ _id: id, status: _.in(from) })
    .update({ data: { ...data, reason: data.reason ?? _.remove() } })
  return stats.updated === 1
}

export const unitPlaces = (eventId: string, unit: string) => keyId('unit', eventId, unit)
export const personPlaces = (competitionId: string, memberId: string) => keyId('person', competitionId, memberId)

/** How many places counter `id` has taken (0 before its first): an early answer only, the claim decides. */
export async function placesTaken(ctx: Pick<Ctx, 'db'>, id: string): Promise<number> {
  return (await getDoc<{ count: number }>(ctx.db, COMP_COUNTERS, id, { count: true }))?.count ?? 0
}

/** Where a member stands in an event: entered (an officer's, or approved), a request, or nothing yet. */
export type Standing = { entry: EntryDoc; request: RequestDoc | null } | { entry: null; request: RequestDoc | null }

export async function standingOf(db: Database, eventId: string, memberId: string): Promise<Standing> {
  const id = keyId('entry', eventId, memberId)
  const [entry, request] = await Promise.all([loadEntry(db, id), loadRequest(db, id)])
  return { entry, request }
}

/**
 * Why the member may not ask for this event now (declined, closed, unit full), or null when the
 * request may be written or already stands. `extraIndividual` counts the member's other individual
 * events asked in the same sign-up, so three chosen at once meet the person limit as three.
 */
export async function entryRefusal(ctx: Pick<Ctx, 'db'>, event: EventDoc, competition: CompetitionDoc, me: MemberDoc, s: Standing, extraIndividual = 0): Promise<AppError | null> {
  if (s.entry || s.request?.status === 'pending') return null
  if (s.request?.status === 'declined')
    return new AppError('CONFLICT', `${s.request.decidedBy ?? '委员'}已退回你的${event.name}报名${s.request.reason ? `：${s.request.reason}` : ''}。如有疑问请联系本部门委员`)
  const closed = selfEntryClosed(event, competition, me)
  if (closed) return new AppError('CLOSED', closed)
  if ((await placesTaken(ctx, unitPlaces(event._id, me.unit))) >= event.unitLimit) return new AppError('FULL', `${me.unit}在${event.name}已报满 ${event.unitLimit} 人`)
  if (!event.team && (await placesTaken(ctx, personPlaces(competition._id, me._id))) + extraIndividual >= competition.personLimit) {
    return new AppError('FULL', `你已报 ${competition.personLimit} 个个人项目，达到每人上限`)
  }
  return null
}

/**
 * Asks for the entry unless it stands already (a double tap or a retry answers what stands). The
 * request takes no place: the officer's approval does, through the same counters as enter.
 */
export async function askToEnter(
  ctx: Pick<Ctx, 'db' | 'now'>,
  event: EventDoc,
  competition: CompetitionDoc,
  me: MemberDoc,
  opts: { activityId?: string; extraIndividual?: number } = {}
): Promise<Standing> {
  const s = await standingOf(ctx.db, event._id, me._id)
  const refusal = await entryRefusal(ctx, event, competition, me, s, opts.extraIndividual)
  if (refusal) throw refusal
  if (s.entry || s.request?.status === 'pending') return s
  const doc: RequestDoc = {
    _id: keyId('entry', event._id, me._id),
    competitionId: competition._id,
    eventId: event._id,
    memberId: me._id,
    name: me.name,
    unit: me.unit,
    status: 'pending',
    requestedAt: ctx.now().toISOString()
  }
  if (opts.activityId) doc.activityId = opts.activityId
  await putRequest(ctx.db, doc)
  return { entry: null, request: doc }
}

/**
 * A cancelled activity sign-up takes back the requests it made while they still wait: each marked
 * withdrawn (by whom, when, why) as the member's own take-back is, so the officer sees why. A retry matches nothing.
 */
export async function withdrawActivityRequests(db: Database, activityId: string, memberId: string | null, by: string, now: string, reason: string): Promise<number> {
  const { stats } = await requestsIn(db)
    .where({ activityId, status: 'pending', ...(memberId ? { memberId } : {}) })
    .update({ data: { status: 'withdrawn', decidedBy: by, decidedAt: now, reason } })
  return stats.updated
}

/** A member's entries and requests in one competition (two queries, however many events). */
export async function memberInCompetition(db: Database, competitionId: string, memberId: string): Promise<{ entries: EntryDoc[]; requests: RequestDoc[] }> {
  const [entries, requests] = await Promise.all([
    collection<EntryDoc>(db, COMP_ENTRIES).where({ competitionId, memberId }).limit(100).get(),
    requestsIn(db).where({ competitionId, memberId }).limit(100).get()
  ])
  return { entries: entries.data, requests: requests.data }
}
