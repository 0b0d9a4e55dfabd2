import { HIDDEN_TAGS, type TagByNamesInput, type TagByNamesOutput, type TagInput, type TagOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, toMember } from '../../_shared/members'
import { rosterOf, updateMember } from '../data/members'

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

/**
 * 批量加标签 from a pasted list: each name that one active member has gets the tag added (or taken
 * off), the rest kept; setting the same again changes nothing, so a retry is harmless. Names nobody
 * has, or several share, come back by name for the chair to sort out.
 */
export async function tagByNames(input: TagByNamesInput, ctx: Ctx): Promise<TagByNamesOutput> {
  const roster = (await rosterOf(ctx.db)).filter((d) => !d.inactive)
  const field = HIDDEN.has(input.tag) ? 'hiddenTags' : 'tags'
  const out: TagByNamesOutput = { tagged: [], unknown: [], ambiguous: [] }
  for (const name of [...new Set(input.names)]) {
    const found = roster.filter((d) => d.name === name)
    if (found.length === 0) out.unknown.push(name)
    else if (found.length > 1) out.ambiguous.push(name)
    else {
      const doc = found[0]
      const had = doc[field] ?? []
      const next = input.add === false ? had.filter((t) => t !== input.tag) : [...new Set([...had, input.tag])]
      if (next.length !== had.length) await updateMember(ctx.db, doc._id, { [field]: next, updatedAt: ctx.now().toISOString() })
      out.tagged.push({ id: doc._id, name: doc.name, unit: doc.unit })
    }
  }
  return out
}
