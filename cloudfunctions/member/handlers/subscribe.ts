import type { SubscribeInput, SubscribeOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { loadMember, requireMember } from '../../_shared/members'
import { addGrant } from '../data/members'

/** Each accepted requestSubscribeMessage tap is one grant: one message may be sent for it. */
export async function subscribe(input: SubscribeInput, ctx: Ctx): Promise<SubscribeOutput> {
  const me = requireMember(ctx)
  if (input.accepted) await addGrant(ctx.db, me._id, input.templateKey)
  const doc = await loadMember(ctx.db, me._id)
  return { templateKey: input.templateKey, grants: doc?.grants?.[input.templateKey] ?? 0 }
}
