import type { LinkedCompetition, MyEventEntry } from '../../../types/activity'
import type { CompetitionDoc, EventDoc } from '../../_shared/competition-entry/docs'
import { loadLinked } from '../../_shared/competition-entry/linked'
import { askToEnter, entryRefusal, memberInCompetition, personPlaces, placesTaken, standingOf, withdrawActivityRequests } from '../../_shared/competition-entry/requests'
import type { Ctx } from '../../_shared/ctx'
import type { Database } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import type { ActivityDoc } from './docs'

/*
 * 参赛项目: an activity linked to a competition (a sports day) takes the member's chosen events with
 * the sign-up, and each becomes a pending entry request exactly as competition.selfEnter makes it
 * (_shared/competition-entry): the same document, limits and messages, decided by the unit's officer.
 */

type Linked = { competition: CompetitionDoc; events: EventDoc[] }

/** 男子100米 and 女子100米 are two events: named with their category, as the board names them. */
const labelOf = (e: Pick<EventDoc, 'name' | 'category'>) => (e.category === '混合' ? e.name : `${e.category}${e.name}`)

export async function linkedOf(db: Database, a: Pick<ActivityDoc, 'competitionId'>): Promise<Linked | null> {
  return a.competitionId ? loadLinked(db, a.competitionId) : null
}

/** The competition an officer links, or BAD_REQUEST naming the field. */
export async function checkLink(db: Database, competitionId: string): Promise<void> {
  if (!(await loadLinked(db, competitionId))) throw new AppError('BAD_REQUEST', '关联比赛：没有这个比赛，可能已被删除')
}

/**
 * The chosen events, checked before any place is taken so a refusal costs the member nothing:
 * each must be of the linked competition and open to them, and the individual ones not yet asked
 * fit the person limit together. Throws the reason selfEnter would give.
 */
export async function checkChoices(ctx: Ctx, a: ActivityDoc, me: MemberDoc, ids: string[]): Promise<{ linked: Linked; events: EventDoc[] } | null> {
  const unique = [...new Set(ids)]
  if (!unique.length) return null
  const linked = await linkedOf(ctx.db, a)
  if (!linked) throw new AppError('BAD_REQUEST', '参赛项目：本活动没有关联比赛')
  const events = unique.map((id) => {
    const e = linked.events.find((x) => x._id === id)
    if (!e) throw new AppError('BAD_REQUEST', '参赛项目：没有这个项目，可能已被删除，请刷新后再选')
    return e
  })
  let extra = 0
  for (const e of events) {
    const s = await standingOf(ctx.db, e._id, me._id)
    const refusal = await entryRefusal(ctx, e, linked.competition, me, s, extra)
    if (refusal) throw new AppError(refusal.code, `参赛项目：${refusal.message}`)
    if (!e.team && !s.entry && s.request?.status !== 'pending') extra++
  }
  return { linked, events }
}

/** Writes the requests (a retry finds them standing and writes nothing new). */
export async function askChosen(ctx: Ctx, a: ActivityDoc, me: MemberDoc, chosen: { linked: Linked; events: EventDoc[] } | null): Promise<void> {
  if (!chosen) return
  for (const e of chosen.events) await askToEnter(ctx, e, chosen.linked.competition, me, { activityId: a._id })
}

/** Cancelling the sign-up takes back the entries it asked for that still wait (approved ones stay: the officer decided). */
export async function withdrawChosen(ctx: Ctx, a: ActivityDoc, memberId: string | null, by: string, now: string): Promise<void> {
  if (!a.competitionId) return
  await withdrawActivityRequests(ctx.db, a._id, memberId, by, now, memberId ? `取消了「${a.title}」的报名` : `「${a.title}」已取消`)
}

/** The linked competition as the caller's sign-up form offers it: each event open to them or why not. */
export async function linkedView(ctx: Ctx, linked: Linked, me: MemberDoc | null): Promise<LinkedCompetition> {
  const { competition } = linked
  const events = await Promise.all(
    linked.events.map(async (e) => {
      const refusal = me ? await entryRefusal(ctx, e, competition, me, { entry: null, request: null }) : null
      // the person limit is the form's to count (it knows what is being chosen); the rest is per event
      const why = refusal && !refusal.message.includes('个人项目') ? refusal.message : undefined
      return { id: e._id, name: labelOf(e), team: e.team, open: !why, ...(why ? { why } : {}) }
    })
  )
  const rules = `报名后由${me?.unit ?? '本部门'}的委员审核；每人最多报 ${competition.personLimit} 个个人项目，团体项目不计入`
  const taken = me ? await placesTaken(ctx, personPlaces(competition._id, me._id)) : 0
  return { id: competition._id, title: competition.title, personLimit: competition.personLimit, individualLeft: Math.max(0, competition.personLimit - taken), rules, events }
}

const NOTE: Record<MyEventEntry['status'], (unit: string, by?: string, reason?: string) => string> = {
  pending: (unit) => `等待${unit}的委员审核，通过后即计入名额`,
  approved: (_, by) => `${by ?? '委员'}已确认，请按时参赛`,
  declined: (_, by, reason) => `${by ?? '委员'}已退回${reason ? `：${reason}` : ''}`,
  withdrawn: (_, __, reason) => `已撤回${reason ? `（${reason}）` : ''}`
}

/** The caller's entries in the linked competition, however made (here, on the board, by an officer). */
export async function myEventEntries(db: Database, linked: Linked, memberId: string): Promise<MyEventEntry[]> {
  const { entries, requests } = await memberInCompetition(db, linked.competition._id, memberId)
  const out: MyEventEntry[] = []
  for (const e of linked.events) {
    const entry = entries.find((x) => x.eventId === e._id)
    const request = requests.find((x) => x.eventId === e._id)
    if (entry) out.push({ eventId: e._id, name: labelOf(e), status: 'approved', note: NOTE.approved(entry.unit, request?.status === 'approved' ? request.decidedBy : entry.createdBy) })
    else if (request && request.status !== 'approved')
      out.push({ eventId: e._id, name: labelOf(e), status: request.status, note: NOTE[request.status](request.unit, request.decidedBy, request.reason) })
  }
  return out
}
