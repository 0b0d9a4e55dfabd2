import type { DeactivateInput, MemberStatusOutput, ReactivateInput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, toMember, type MemberDoc } from '../../_shared/members'
import { updateMember } from '../data/members'

async function target(ctx: Ctx, memberId: string): Promise<MemberDoc> {
  const doc = await loadMember(ctx.db, memberId)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这位会员')
  return doc
}

/**
 * A member who left, retired from the union or died: out of every audience, electorate and
 * greeting, and their phone is told so. Nothing of theirs is deleted, so reactivate undoes it.
 * Deactivating someone already inactive keeps the first reason and time (a double tap).
 */
export async function deactivate(input: DeactivateInput, ctx: Ctx): Promise<MemberStatusOutput> {
  if (ctx.member?._id === input.memberId) throw new AppError('CONFLICT', '不能停用自己，请由另一位主席操作')
  const doc = await target(ctx, input.memberId)
  if (doc.inactive) return { member: toMember(doc) }
  const at = ctx.now().toISOString()
  const inactive = { reason: input.reason, at }
  await updateMember(ctx.db, doc._id, { inactive: ctx.db.command.set(inactive), updatedAt: at })
  return { member: toMember({ ...doc, inactive }) }
}

/** Undoes deactivate: the member is back in every audience from now on. Already active: nothing changes. */
export async function reactivate(input: ReactivateInput, ctx: Ctx): Promise<MemberStatusOutput> {
  const doc = await target(ctx, input.memberId)
  if (!doc.inactive) return { member: toMember(doc) }
  const at = ctx.now().toISOString()
  await updateMember(ctx.db, doc._id, { inactive: ctx.db.command.remove(), updatedAt: at })
  const { inactive: _gone, ...rest } = doc
  return { member: toMember(rest) }
}
