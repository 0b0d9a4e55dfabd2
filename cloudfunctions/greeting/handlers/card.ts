import type { GreetingCardInput, GreetingCardOutput } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import { loadGreeting, markOpened } from '../data/greetings'
import { occasionDef } from '../lib/occasions'
import { toItem } from './inbox'

/** One of the caller's cards, marked opened; someone else's answers NOT_FOUND, so ids reveal nothing. */
export async function card(input: GreetingCardInput, ctx: Ctx): Promise<GreetingCardOutput> {
  const me = requireMember(ctx)
  const doc = await loadGreeting(ctx.db, input.id)
  if (!doc || doc.memberId !== me._id) throw new AppError('NOT_FOUND', '没有找到这张贺卡')
  if (!doc.openedAt) await markOpened(ctx.db, doc._id, ctx.now().toISOString())
  return { card: { ...toItem(doc), label: occasionDef(doc.occasion).label, name: me.name } }
}
