import type { EditNoticeInput, EditNoticeOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { normaliseAudience } from '../../_shared/notice-audience'
import { checkAudience, checkMeeting, excerptOf, toNotice, type NoticeDoc } from '../../_shared/notices'
import { findNotice, requirePublished } from '../data/find'
import { updateNotice } from '../data/notices'

/**
 * Changes a published notice in place. Content changes show 已编辑 with the time; pinning alone is
 * layout, not content, so it leaves editedAt alone. No one is pushed again.
 */
export async function edit(input: EditNoticeInput, ctx: Ctx): Promise<EditNoticeOutput> {
  const { id, ...changes } = input
  if (Object.keys(changes).length === 0) throw new AppError('BAD_REQUEST', '没有要修改的内容')
  const doc = await findNotice(ctx, id)
  requirePublished(doc, '编辑')
  const patch: Partial<NoticeDoc> = {}
  if (changes.title !== undefined) patch.title = changes.title
  if (changes.body !== undefined) {
    patch.body = changes.body
    patch.excerpt = excerptOf(changes.body)
  }
  if (changes.category !== undefined) patch.category = changes.category
  if (changes.audience !== undefined) {
    patch.audience = normaliseAudience(changes.audience)
    await checkAudience(ctx, patch.audience)
  }
  if (Object.keys(patch).length > 0) patch.editedAt = ctx.now().toISOString()
  if (changes.pinned !== undefined) patch.pinned = changes.pinned
  // filing it under a meeting (or out of one) is filing, not content: editedAt stays
  if (changes.meetingId) await checkMeeting(ctx, changes.meetingId)
  // update() merges nested objects: replace the audience whole, or old units would survive new roles
  const data: Record<string, unknown> = 'audience' in patch ? { ...patch, audience: ctx.db.command.set(patch.audience) } : { ...patch }
  if (changes.meetingId !== undefined) data.meetingId = changes.meetingId ?? ctx.db.command.remove()
  await updateNotice(ctx.db, doc._id, data)
  const meeting = changes.meetingId === undefined ? {} : { meetingId: changes.meetingId ?? undefined }
  return { notice: toNotice({ ...doc, ...patch, ...meeting }) }
}
