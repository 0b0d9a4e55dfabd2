import type { GreetingCalendarEntry, GreetingTemplate, Occasion } from '../../../types/greeting'
import { dayInfo } from '../../_shared/calendar'
import { addDays } from '../../_shared/clock'
import type { MemberDoc } from '../../_shared/members'
import { OCCASIONS, type GreetedMember } from './occasions'

export type RosterMember = GreetedMember & Pick<MemberDoc, 'unit'>

/**
 * Who gets what on which day, for `days` days from `from`: personal occasions name the members,
 * holidays give the size of their audience. Disabled occasions are listed, marked off.
 */
export function forecast(members: RosterMember[], templates: Map<Occasion, GreetingTemplate>, from: string, days: number): GreetingCalendarEntry[] {
  const out: GreetingCalendarEntry[] = []
  for (let i = 0; i < days; i++) {
    const d = dayInfo(addDays(from, i))
    for (const def of OCCASIONS) {
      const due = members.filter((m) => def.due(m, d))
      if (due.length === 0) continue
      out.push({
        date: d.date,
        occasion: def.key,
        label: def.label,
        audience: def.audience,
        enabled: templates.get(def.key)?.enabled ?? true,
        count: due.length,
        members: def.audience === 'self' ? due.map((m) => ({ memberId: m._id, name: m.name, unit: m.unit })) : []
      })
    }
  }
  return out
}
