import type { SetRoleInput, SetRoleOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, toMember } from '../../_shared/members'
import { updateMember } from '../data/members'

export async function setRole(input: SetRoleInput, ctx: Ctx): Promise<SetRoleOutput> {
  const doc = await loadMember(ctx.db, input.memberId)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这位会员')
  // A chair demoting themself could leave the union with nobody to run it.
  if (ctx.member && ctx.member._id === doc._id && input.role !== 'chair') throw new AppError('CONFLICT', '不能取消自己的主席身份，请由另一位主席操作')
  const now = ctx.now().toISOString()
  await updateMember(ctx.db, doc._id, { role: input.role, updatedAt: now })
  return { member: toMember({ ...doc, role: input.role }) }
}
