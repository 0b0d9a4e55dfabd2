import type { TemplateKey } from '../../types/member'
import type { Ctx } from './ctx'

export interface PushTarget {
  _id: string
  openid?: string
}

/** The member refused or unsubscribed (43101): their grant is spent. Any other failure is ours. */
const MEMBER_REFUSED = 43101

/**
 * Spends one subscribe-message grant and sends. The conditional decrement is atomic, so two
 * pushes never spend the same grant. A send the member refused (43101) spends it; any other
 * failure (no template configured, a value that does not fit its field, no permission, the
 * platform's error) gives it back, since no message reached them.
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
  const { stats } = await ctx.db
    .collection('members')
    .where({ _id: target._id, [`grants.${templateKey}`]: _.gt(0) })
    .update({ data: { grants: { [templateKey]: _.inc(-1) } } })
  if (stats.updated !== 1) return 'no-grant'
  try {
    await ctx.openapi.sendSubscribeMessage({ touser: target.openid, templateKey, page, data })
    return 'sent'
  } catch (e) {
    const errCode = (e as { errCode?: number })?.errCode
    ctx.log('subscribe message refused', { templateKey, errCode })
    if (errCode !== MEMBER_REFUSED) await ctx.db.collection('members').doc(target._id).update({ data: { grants: { [templateKey]: _.inc(1) } } })
    return 'failed'
  }
}
