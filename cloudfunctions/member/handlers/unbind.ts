import type { UnbindInput, UnbindOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { toMember } from '../../_shared/members'
import { txUnbind } from '../data/bindings'
import { txLoadMember, unusedInviteCode } from '../data/members'
import { newInviteCode } from '../lib/invite-code'

/**
 * A teacher with a new phone: the old phone's link goes (it is a stranger from now on) and a fresh
 * invite code is issued, so the new phone binds with it (the undo). Unbinding a member who is not
 * bound changes nothing and answers their current code, so a double tap issues one code.
 */
export async function unbind(input: UnbindInput, ctx: Ctx): Promise<UnbindOutput> {
  // the chair unbinding their own phone would lock themself out of the chair's pages
  if (ctx.member?._id === input.memberId) throw new AppError('CONFLICT', '不能解除自己的绑定，请由另一位主席操作')
  const fresh = await unusedInviteCode(ctx.db, newInviteCode)
  const at = ctx.now().toISOString()
  const _ = ctx.db.command
  return withTransaction(ctx.db, async (tx) => {
    const doc = await txLoadMember(tx, input.memberId)
    if (!doc) throw new AppError('NOT_FOUND', '找不到这位会员')
    if (!doc.openid) return { member: toMember(doc), inviteCode: doc.inviteCode }
    await txUnbind(tx, _, doc.openid, doc._id, fresh, at)
    const { openid: _o, boundAt: _b, ...rest } = doc
    return { member: toMember({ ...rest, inviteCode: fresh, grants: {}, updatedAt: at }), inviteCode: fresh }
  })
}
