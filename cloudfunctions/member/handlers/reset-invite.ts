import type { ResetInviteInput, ResetInviteOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { txLoadMember, unusedInviteCode } from '../data/members'
import { MEMBERS } from '../../_shared/collections'
import { newInviteCode } from '../lib/invite-code'

/**
 * A new invite code for a member not yet bound (a code handed to the wrong person, or lost): the
 * old one stops working at once. `replaces` makes a double tap harmless: when the code the chair
 * saw is already replaced, the code that replaced it is answered and nothing changes.
 */
export async function resetInvite(input: ResetInviteInput, ctx: Ctx): Promise<ResetInviteOutput> {
  const fresh = await unusedInviteCode(ctx.db, newInviteCode)
  const at = ctx.now().toISOString()
  return withTransaction(ctx.db, async (tx) => {
    const doc = await txLoadMember(tx, input.memberId)
    if (!doc) throw new AppError('NOT_FOUND', '找不到这位会员')
    if (doc.openid) throw new AppError('CONFLICT', `${doc.name}已绑定微信，邀请码已用过；如果换了手机，请先“解除绑定”`)
    const replaces = input.replaces?.trim().toUpperCase()
    if (replaces && replaces !== doc.inviteCode) return { inviteCode: doc.inviteCode }
    await tx
      .collection(MEMBERS)
      .doc(doc._id)
      .update({ data: { inviteCode: fresh, updatedAt: at } })
    return { inviteCode: fresh }
  })
}
