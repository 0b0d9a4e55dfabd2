import type { SetRoleInput, SetRoleOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { toMember, type MemberDoc } from '../../_shared/members'

export async function setRole(input: SetRoleInput, ctx: Ctx): Promise<SetRoleOutput> {
  const doc = await getDoc<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这位会员')
  // A chair demoting themself could leave the union with nobody to run it.
  if (ctx.member && ctx.member._id === doc._id && input.role !== 'chair') throw new AppError('CONFLICT', '不能取消自己的主席身份，请由另一位主席操作')
  const now = ctx.now().toISOString()
  await ctx.db
    .collection('members')
    .doc(doc._id)
    .update({ data: { role: input.role, updatedAt: now } })
  return { member: toMember({ ...doc, role: input.role }) }
}
