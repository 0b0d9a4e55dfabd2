import type { MyEvent, MyEventsInput, MyEventsOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { competitionsByIds } from '../data/competitions'
import { entriesOfMember } from '../data/entries'
import { eventsByIds } from '../data/events'
import { eventStandings } from '../lib/placings'

/** The events the caller is entered in, with their place once the results are published. */
export async function myEvents(input: MyEventsInput, ctx: Ctx): Promise<MyEventsOutput> {
  const me = requireMember(ctx)
  const entries = await entriesOfMember(ctx.db, me._id, input.competitionId)
  if (entries.length === 0) return { items: [] }
  const events = await eventsByIds(
    ctx.db,
    entries.map((e) => e.eventId)
  )
  const comps = await competitionsByIds(ctx.db, [...new Set(entries.map((e) => e.competitionId))])
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
