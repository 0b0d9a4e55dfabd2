import type { TemplateKey } from '../../types/member'
import type { Ctx } from './ctx'

export interface PushTarget {
  _id: string
  openid?: string
}

/**
 * Spends one subscribe-message grant and sends. The conditional decrement is atomic, so two
 * pushes never spend the same grant; a refused send (e.g. 43101) is not retried: the grant is gone.
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
    ctx.log('subscribe message refused', { templateKey, errCode: (e as { errCode?: number })?.errCode })
    return 'failed'
  }
}
