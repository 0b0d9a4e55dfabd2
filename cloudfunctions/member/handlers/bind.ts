import type { BindInput, BindOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { toMember, type MemberDoc } from '../../_shared/members'

/**
 * One openid ↔ one member, and a code works once. Both facts are checked and written in one
 * transaction over the member and a `bindings/<openid>` document, so two phones racing for one
 * code, or one phone racing with two codes, end with exactly one binding.
 */
export async function bind(input: BindInput, ctx: Ctx): Promise<BindOutput> {
  if (ctx.member) throw new AppError('CONFLICT', `此微信已绑定会员「${ctx.member.name}」`)
  const { data } = await ctx.db.collection('members').where({ inviteCode: input.inviteCode }).limit(1).get()
  const found = data[0] as unknown as MemberDoc | undefined
  if (!found) throw new AppError('NOT_FOUND', '邀请码不正确，请核对后再试')
  const now = ctx.now().toISOString()
  const member = await withTransaction(ctx.db, async (tx) => {
    const doc = await txGetDoc<MemberDoc>(tx, 'members', found._id)
    if (!doc) throw new AppError('NOT_FOUND', '邀请码不正确，请核对后再试')
    if (doc.openid) throw new AppError('CONFLICT', '这个邀请码已被使用，请联系工会主席')
    if (await txGetDoc(tx, 'bindings', ctx.openid)) throw new AppError('CONFLICT', '此微信已绑定其他会员')
    await tx.collection('bindings').doc(ctx.openid).set({ data: { memberId: doc._id, boundAt: now } })
    await tx.collection('members').doc(doc._id).update({ data: { openid: ctx.openid, boundAt: now, updatedAt: now } })
    return { ...doc, openid: ctx.openid, boundAt: now }
  })
  return { member: toMember(member) }
}
