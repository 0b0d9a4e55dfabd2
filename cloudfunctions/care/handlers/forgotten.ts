import type { ForgottenInput, ForgottenOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { membersIn, type MemberDoc } from '../../_shared/members'
import { checkedInMembers, greetedMembers } from '../../_shared/year-contacts'
import { recordsOf } from '../data/records'

const collator = new Intl.Collator('zh-CN')

/**
 * Active members the union has not reached this year: no care record, no activity check-in, no
 * greeting card opened. Retirees first (they see the union least), then by unit and name.
 */
export async function forgotten(input: ForgottenInput, ctx: Ctx): Promise<ForgottenOutput> {
  const [roster, records, checkedIn, greeted] = await Promise.all([
    getAll<Pick<MemberDoc, '_id' | 'name' | 'unit' | 'retired'>>(
      membersIn(ctx.db)
        .where({ inactive: ctx.db.command.exists(false) })
        .field({ name: true, unit: true, retired: true })
    ),
    recordsOf(ctx.db, { year: input.year }),
    checkedInMembers(ctx.db, input.year),
    greetedMembers(ctx.db, input.year)
  ])
  const cared = new Set(records.map((r) => r.memberId))
  const items = roster
    .filter((m) => !cared.has(m._id) && !checkedIn.has(m._id) && !greeted.has(m._id))
    .map((m) => ({ memberId: m._id, name: m.name, unit: m.unit, retired: Boolean(m.retired) }))
    .sort((a, b) => Number(b.retired) - Number(a.retired) || collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
  return { items }
}
