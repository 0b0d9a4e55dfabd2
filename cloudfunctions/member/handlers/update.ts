import type { UpdateMemberInput, UpdateMemberOutput } from '../../../types/member'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, requireMember, toMember, type MemberDoc } from '../../_shared/members'
import { rosterOf, updateMember } from '../data/members'

/** Fields a member may change on their own profile; the rest are the roster's, kept by the chair. */
const SELF_EDITABLE = new Set(['birthday', 'lunarBirthday', 'phone'])

export async function update(input: UpdateMemberInput, ctx: Ctx): Promise<UpdateMemberOutput> {
  const { memberId, ...changes } = input
  const chair = isAtLeast(ctx.role, 'chair')
  let target: MemberDoc | null
  if (memberId && memberId !== ctx.member?._id) {
    if (!chair) throw new AppError('FORBIDDEN', '只能修改自己的资料')
    target = await loadMember(ctx.db, memberId)
    if (!target) throw new AppError('NOT_FOUND', '找不到这位会员')
  } else {
    target = requireMember(ctx)
    const denied = Object.keys(changes).find((k) => !SELF_EDITABLE.has(k))
    if (denied && !chair) throw new AppError('FORBIDDEN', '姓名、部门和性别由工会主席维护')
  }
  // name + unit is how an import finds a member again: two members sharing both would merge on the next import
  if (changes.name || changes.unit) {
    const [name, unit] = [changes.name ?? target.name, changes.unit ?? target.unit]
    const twin = (await rosterOf(ctx.db, unit)).find((m) => m.name === name && m._id !== target._id)
    if (twin) throw new AppError('CONFLICT', `${unit}已有一位${name}，请在姓名后加以区分（如 ${name}（小））`)
  }
  const _ = ctx.db.command
  const data: Record<string, unknown> = { updatedAt: ctx.now().toISOString() }
  const next: MemberDoc & Record<string, unknown> = { ...target }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue
    data[k] = v === null ? _.remove() : _.set(v)
    if (v === null) delete next[k]
    else next[k] = v
  }
  await updateMember(ctx.db, target._id, data)
  return { member: toMember(next) }
}
