import type { CareMembersInput, CareMembersOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'

const collator = new Intl.Collator('zh-CN')

/** Active members by name or unit, names and units only (no phones, no tags): whom a visit is for. */
export async function members(input: CareMembersInput, ctx: Ctx): Promise<CareMembersOutput> {
  const roster = await getAll<Pick<MemberDoc, '_id' | 'name' | 'unit' | 'retired'>>(
    membersIn(ctx.db)
      .where({ inactive: ctx.db.command.exists(false) })
      .field({ name: true, unit: true, retired: true })
  )
  const q = input.q
  const items = roster
    .filter((m) => !q || m.name.includes(q) || m.unit.includes(q))
    .sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
    .map((m) => ({ memberId: m._id, name: m.name, unit: m.unit, retired: Boolean(m.retired) }))
  return { items }
}
