import type { GreetingPreviewInput, GreetingPreviewOutput } from '../../../types/greeting'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { forecast, type RosterMember } from '../lib/forecast'
import { loadTemplates } from '../lib/templates-store'

/** The greeting calendar: the next 30 days unless the chair asks otherwise. */
export async function preview(input: GreetingPreviewInput, ctx: Ctx): Promise<GreetingPreviewOutput> {
  const from = input.from ?? unionDate(ctx.now())
  const days = input.days ?? 30
  const fields = { name: true, unit: true, gender: true, birthday: true, lunarBirthday: true, retired: true, joinedAt: true }
  const members = await getAll<RosterMember>(ctx.db.collection('members').orderBy('_id', 'asc').field(fields))
  return { from, days, items: forecast(members, await loadTemplates(ctx.db), from, days) }
}
