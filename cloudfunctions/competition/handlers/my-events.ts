import type { MyEvent, MyEventsInput, MyEventsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { requireMember } from '../../_shared/members'
import { COMPETITIONS, ENTRIES, EVENTS, type CompetitionDoc, type EntryDoc, type EventDoc } from '../docs'
import { eventStandings } from '../repo'

/** The events the caller is entered in, with their place once the results are published. */
export async function myEvents(input: MyEventsInput, ctx: Ctx): Promise<MyEventsOutput> {
  const me = requireMember(ctx)
  const _ = ctx.db.command
  const entries = await getAll<EntryDoc>(ctx.db.collection(ENTRIES).where({ memberId: me._id, ...(input.competitionId ? { competitionId: input.competitionId } : {}) }))
  if (entries.length === 0) return { items: [] }
  const events = await getAll<EventDoc>(ctx.db.collection(EVENTS).where({ _id: _.in(entries.map((e) => e.eventId)) }))
  const comps = await getAll<CompetitionDoc>(ctx.db.collection(COMPETITIONS).where({ _id: _.in([...new Set(entries.map((e) => e.competitionId))]) }))
  const items: MyEvent[] = []
  for (const entry of entries) {
    const ev = events.find((e) => e._id === entry.eventId)
    const comp = comps.find((c) => c._id === entry.competitionId)
    if (!ev || !comp) continue
    const item: MyEvent = { competitionId: comp._id, competitionTitle: comp.title, eventId: ev._id, eventName: ev.name, category: ev.category, kind: ev.kind, team: ev.team, unit: entry.unit }
    const mine = ev.published ? eventStandings(ev, comp).find((s) => (ev.team ? s.unit === entry.unit : s.memberId === me._id)) : undefined
    if (mine) Object.assign(item, { place: mine.place, display: mine.display }, mine.prize ? { prize: mine.prize } : {})
    items.push(item)
  }
  items.sort((a, b) => a.competitionTitle.localeCompare(b.competitionTitle) || a.eventName.localeCompare(b.eventName))
  return { items }
}
