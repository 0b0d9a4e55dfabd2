import type { RedactInput, RedactOutput } from '../../../types/suggestion'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { SUGGESTIONS } from '../../_shared/collections'
import { AppError } from '../../_shared/errors'
import { loadSuggestion } from '../data/suggestions'
import { isPublished } from '../lib/view'

/** What a hidden name becomes. */
export const MASK = '××'

/** Occurrences of each name replaced, longest names first so 王建国 is not left as 王×× by 建国. */
export function hideNames(content: string, names: string[]): { content: string; hidden: number } {
  let hidden = 0
  let out = content
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    const parts = out.split(name)
    hidden += parts.length - 1
    out = parts.join(MASK)
  }
  return { content: out, hidden }
}

/**
 * 隐去人名, before the suggestion's batch goes out (chair or 督导员). The stored text is rewritten in
 * place by one plain update, never a transaction (whose journal would keep the old text), and the
 * old text is put in no history or log; the hiding itself (who, the day, how many) goes on the public
 * timeline. The update is conditional on the text read and on the batch still being out, so a
 * publication or another hiding in between is not overwritten.
 */
export async function redact(input: RedactInput, ctx: Ctx): Promise<RedactOutput> {
  const doc = await loadSuggestion(ctx.db, input.number)
  if (!doc) throw new AppError('NOT_FOUND', `找不到号码 ${input.number}，请核对后再试`)
  if (isPublished(doc)) throw new AppError('CONFLICT', `号码 ${input.number} 已经公布，公布后不能再隐去人名`)
  const total = (doc.redactions ?? []).reduce((n, r) => n + r.count, 0)
  const { content, hidden } = hideNames(doc.content, input.names)
  if (!hidden) {
    // a retry of a hiding that went through finds the names gone: the same answer, nothing written
    if (total) return { number: doc.number, content: doc.content, hidden: 0, redacted: total }
    throw new AppError('BAD_REQUEST', `建议中没有找到「${input.names.join('、')}」，请按原文照抄要隐去的人名`)
  }
  const by = `${ctx.role === 'chair' ? '工会主席' : '督导员'} ${ctx.member?.name ?? ''}`.trim()
  const redactions = [...(doc.redactions ?? []), { by, date: unionDate(ctx.now()), count: hidden }]
  const res = await ctx.db.collection(SUGGESTIONS).where({ _id: doc._id, published: false, content: doc.content }).update({ data: { content, redactions } })
  if (!res.stats?.updated) throw new AppError('CONFLICT', '这条建议刚刚被修改或已经公布，请刷新后再试')
  return { number: doc.number, content, hidden, redacted: total + hidden }
}
