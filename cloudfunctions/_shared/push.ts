import type { TemplateKey } from '../../types/member'
import type { Ctx } from './ctx'
import { membersIn, type MemberDoc } from './members'

export type PushTarget = Pick<MemberDoc, '_id' | 'openid'>

/**
 * Failures before anything reached the member, so their grant is given back: ours (-1 no template
 * configured, -2 a value that does not fit its field) and WeChat's refusals of the request itself
 * (40003 bad openid, 40037 bad template id, 41030 bad page, 47003 bad data, -604101 the function
 * lacks the permission). 43101 is the member's own refusal: the grant is spent. Anything else
 * (a timeout, a network error) may have been delivered, so the grant stays spent.
 */
const NOT_SENT = new Set([-1, -2, 40003, 40037, 41030, 47003, -604101])

/**
 * Spends one subscribe-message grant and sends. The conditional decrement is atomic, so two
 * pushes never spend the same grant. A send that certainly reached nobody gives it back (NOT_SENT).
 */
export async function pushOnce(
  ctx: Pick<Ctx, 'db' | 'openapi' | 'log'>,
  target: PushTarget,
  templateKey: TemplateKey,
  page: string,
  data: Record<string, string>
): Promise<'sent' | 'no-grant' | 'failed'> {
  if (!target.openid) return 'no-grant'
  const _ = ctx.db.command
  const { stats } = await membersIn(ctx.db)
    .where({ _id: target._id, [`grants.${templateKey}`]: _.gt(0) })
    .update({ data: { grants: { [templateKey]: _.inc(-1) } } })
  if (stats.updated !== 1) return 'no-grant'
  try {
    await ctx.openapi.sendSubscribeMessage({ touser: target.openid, templateKey, page, data })
    return 'sent'
  } catch (e) {
    const errCode = (e as { errCode?: number })?.errCode
    ctx.log('subscribe message refused', { templateKey, errCode })
    if (errCode !== undefined && NOT_SENT.has(errCode))
      await membersIn(ctx.db)
        .doc(target._id)
        .update({ data: { grants: { [templateKey]: _.inc(1) } } })
    return 'failed'
  }
}
