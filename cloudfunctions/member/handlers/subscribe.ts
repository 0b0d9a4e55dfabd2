import type { SubscribeInput, SubscribeOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { getDoc } from '../../_shared/db'
import { requireMember, type MemberDoc } from '../../_shared/members'

/** Each accepted requestSubscribeMessage tap is one grant: one message may be sent for it. */
export async function subscribe(input: SubscribeInput, ctx: Ctx): Promise<SubscribeOutput> {
  const me = requireMember(ctx)
  if (input.accepted) {
    await ctx.db
      .collection('members')
      .doc(me._id)
      .update({ data: { grants: { [input.templateKey]: ctx.db.command.inc(1) } } })
  }
  const doc = await getDoc<MemberDoc>(ctx.db, 'members', me._id)
  return { templateKey: input.templateKey, grants: doc?.grants?.[input.templateKey] ?? 0 }
}
