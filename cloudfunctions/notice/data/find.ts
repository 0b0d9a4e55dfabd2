import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { inAudience } from '../../_shared/notice-audience'
import { loadNotice, type NoticeDoc } from '../../_shared/notices'

const gone = () => new AppError('NOT_FOUND', '通知不存在或已撤回')

/** The chair's view of a notice: any notice, withdrawn included. */
export async function findNotice(ctx: Ctx, id: string): Promise<NoticeDoc> {
  const doc = await loadNotice(ctx.db, id)
  if (!doc) throw gone()
  return doc
}

/**
 * A notice the caller may open. Outside its audience it does not exist for them: NOT_FOUND with
 * the same words as a wrong id, so the answer leaks neither its title nor that it exists.
 */
export async function findVisibleNotice(ctx: Ctx, id: string): Promise<NoticeDoc> {
  const doc = await findNotice(ctx, id)
  if (isAtLeast(ctx.role, 'chair')) return doc
  if (doc.status !== 'published' || !ctx.member || !inAudience(doc.audience, ctx.member)) throw gone()
  return doc
}

/** Edits, withdrawals and reminders act on a published notice only. */
export function requirePublished(doc: NoticeDoc, doing: string): void {
  if (doc.status !== 'published') throw new AppError('CLOSED', `这条通知已撤回，不能${doing}`)
}
