import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import { keyId, type CompetitionDoc, type EntryDoc, type EventDoc } from '../data/docs'
import { holdOf, claim, personCounter, release, unitCounter, type Counter } from '../data/places'
import { putEntry, removeEntry } from '../data/entries'
import { actorName } from '../lib/access'

/**
 * Makes a member's entry within the limits, for `enter` (an officer's) and `approveEntry` (a
 * member's own, approved): the unit's place in the event and the person's individual-event place are
 * taken by conditional updates (data/places.ts), then the entry is written; a retry after a cut-off
 * finds its places held and finishes the entry.
 */
export async function admit(ctx: Ctx, event: EventDoc, competition: CompetitionDoc, member: MemberDoc): Promise<EntryDoc> {
  const entry: EntryDoc = {
    _id: keyId('entry', event._id, member._id),
    competitionId: competition._id,
    eventId: event._id,
    memberId: member._id,
    name: member.name,
    unit: member.unit,
    createdBy: actorName(ctx),
    createdAt: ctx.now().toISOString()
  }
  const unit = unitCounter(ctx, event, member.unit)
  const person = event.team ? null : personCounter(ctx, competition, member._id)
  const take = () => takePlaces(ctx, { unit, person, member, eventId: event._id, eventName: event.name })
  await take()
  await putEntry(ctx.db, entry)
  // a withdraw of the same member running meanwhile may have given the places back: take them
  // again, or take the entry back
  if (!(await holdOf(ctx, unit.id, member._id)) || (person && !(await holdOf(ctx, person.id, event._id)))) {
    try {
      await take()
    } catch (e) {
      await removeEntry(ctx.db, entry._id)
      throw e
    }
  }
  return entry
}

interface Wanted {
  unit: Counter
  /** null for relays and tug of war: they count against the unit's team, not the person's events */
  person: Counter | null
  member: { _id: string; name: string; unit: string }
  eventId: string
  eventName: string
}

/** The unit's place, then the person's; a person over their limit gives the unit's place back. */
async function takePlaces(ctx: Ctx, w: Wanted): Promise<void> {
  const u = await claim(ctx, w.unit, w.member._id)
  if (u.got === 'full') throw new AppError('CONFLICT', `${w.member.unit}在${w.eventName}已报满 ${w.unit.limit} 人`)
  if (!w.person) return
  const p = await claim(ctx, w.person, w.eventId)
  if (p.got === 'full') {
    await release(ctx, w.unit.id, w.member._id, u.token)
    throw new AppError('CONFLICT', `${w.member.name}已报 ${w.person.limit} 个个人项目，达到每人上限`)
  }
}
