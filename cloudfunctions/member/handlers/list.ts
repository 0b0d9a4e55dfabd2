import type { ListMembersInput, ListMembersOutput } from '../../../types/member'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { toMember } from '../../_shared/members'
import { rosterOf } from '../data/members'

const collator = new Intl.Collator('zh-CN')

/** Officers see the roster (active members unless asked otherwise); only the chair also sees invite codes, to hand them out. */
export async function list(input: ListMembersInput, ctx: Ctx): Promise<ListMembersOutput> {
  const docs = await rosterOf(ctx.db, input.unit)
  const q = input.q?.trim()
  const chair = isAtLeast(ctx.role, 'chair')
  const status = input.status ?? 'active'
  const items = docs
    .filter((d) => status === 'all' || (status === 'inactive') === Boolean(d.inactive))
    .filter((d) => !q || d.name.includes(q) || d.unit.includes(q))
    // a hidden tag filters only for the chair: for anyone else it matches nobody, so it reveals nobody
    .filter((d) => !input.tag || d.tags?.includes(input.tag) || (chair && d.hiddenTags?.includes(input.tag)))
    .sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
    .map((d) => ({ ...toMember(d, { hiddenTags: chair }), ...(chair && !d.openid ? { inviteCode: d.inviteCode } : {}) }))
  return { items }
}
