import type { UnsignedInput, UnsignedOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { membersIn } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import type { ActivityDoc } from '../data/docs'
import { entrantsOf } from '../data/lottery'
import { activeSignups } from '../data/signups'
import { ineligibleReason } from '../lib/eligibility'

const collator = new Intl.Collator('zh-CN')

/**
 * 未报名名单: the members an officer may chase for this activity — active, allowed to take part,
 * neither confirmed nor waiting — by unit then name, as the copied text lists them.
 */
export async function unsigned(input: UnsignedInput, ctx: Ctx): Promise<UnsignedOutput> {
  return { items: await unsignedOf(ctx, await loadActivity(ctx.db, input.id)) }
}

/** The members unsigned names, for an activity already loaded (the export reads the same list). */
export async function unsignedOf(ctx: Ctx, a: ActivityDoc): Promise<UnsignedOutput['items']> {
  // a lottery's entrants (待抽签) have signed up too
  const signed = new Set([...(await activeSignups(ctx.db, a._id)), ...(await entrantsOf(ctx.db, a._id))].map((s) => s.memberId))
  const roster = await getAll(membersIn(ctx.db).field({ name: true, unit: true, gender: true, retired: true, inactive: true, tags: true }).orderBy('_id', 'asc'))
  return roster
    .filter((m) => !m.inactive && !signed.has(m._id) && !ineligibleReason(a.eligibility, m))
    .map((m) => ({ memberId: m._id, name: m.name, unit: m.unit }))
    .sort((x, y) => collator.compare(x.unit, y.unit) || collator.compare(x.name, y.name))
}
