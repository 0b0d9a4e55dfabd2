import { HIDDEN_TAGS, type TagInput, type TagOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, toMember } from '../../_shared/members'
import { updateMember } from '../data/members'

const HIDDEN = new Set(HIDDEN_TAGS)

/**
 * The chair sets a member's tags, the whole list at once (so a retry sets the same). Hidden tags
 * (困难职工) go to their own field, which only the chair's views read.
 */
export async function tag(input: TagInput, ctx: Ctx): Promise<TagOutput> {
  const doc = await loadMember(ctx.db, input.memberId)
  if (!doc) throw new AppError('NOT_FOUND', '找不到这位会员')
  const all = [...new Set(input.tags)]
  const tags = all.filter((t) => !HIDDEN.has(t))
  const hiddenTags = all.filter((t) => HIDDEN.has(t))
  await updateMember(ctx.db, doc._id, { tags, hiddenTags, updatedAt: ctx.now().toISOString() })
  return { member: toMember({ ...doc, tags, hiddenTags }, { hiddenTags: true }) }
}
