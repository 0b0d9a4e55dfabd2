import { randomBytes } from 'node:crypto'
import type { GreetingCardInput, GreetingCardOutput } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, requireMember } from '../../_shared/members'
import { ensureShareKey, loadGreeting, markOpened } from '../data/greetings'
import { occasionDef } from '../lib/occasions'
import { toItem } from './inbox'

/**
 * One of the caller's cards, marked opened, with the key its forwarded path carries; someone else's
 * opens only with that key (DESIGN.md: a greeting card can be forwarded and opens that page), and
 * answers NOT_FOUND otherwise, so ids (member:occasion:date) reveal nothing.
 */
export async function card(input: GreetingCardInput, ctx: Ctx): Promise<GreetingCardOutput> {
  const me = requireMember(ctx)
  const doc = await loadGreeting(ctx.db, input.id)
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这张贺卡')
  const label = occasionDef(doc.occasion).label
  if (doc.memberId !== me._id) {
    if (!input.key || !doc.shareKey || input.key !== doc.shareKey) throw new AppError('NOT_FOUND', '没有找到这张贺卡')
    const owner = await loadMember(ctx.db, doc.memberId)
    return { card: { ...toItem(doc), label, name: owner?.name ?? '' }, mine: false }
  }
  if (!doc.openedAt) await markOpened(ctx.db, doc._id, ctx.now().toISOString())
  const shareKey = doc.shareKey ?? (await ensureShareKey(ctx.db, doc._id, randomBytes(12).toString('hex')))
  return { card: { ...toItem(doc), label, name: me.name }, mine: true, shareKey }
}
