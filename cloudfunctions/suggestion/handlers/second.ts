import type { SecondInput, SecondOutput } from '../../../types/suggestion-second'
import { publicKeyOf } from '../../_shared/anon/tokens'
import { receiptOf, verifyToken } from '../../_shared/anon/rsa'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { addSecond, countSeconds, secondPurpose } from '../data/seconds'
import { loadSuggestion } from '../data/suggestions'
import { isPublished } from '../lib/view'

/**
 * 附议, the anonymous step: as for a submission, the call carries no WeChat identity and one that
 * does is refused before anything is stored. The number's token, blind-signed at 领附议券, counts
 * once: its hash is the id of the record. An author may 附议 their own suggestion; the server
 * cannot know who the author is, by design.
 */
export async function second(input: SecondInput, ctx: Ctx): Promise<SecondOutput> {
  if (ctx.openid) throw new AppError('BAD_REQUEST', '附议只能从匿名通道提交（不带微信身份），这次附议没有被记录。请更新小程序后重试')
  const doc = await loadSuggestion(ctx.db, input.number)
  if (!doc || !isPublished(doc)) throw new AppError('NOT_FOUND', `公开栏上没有 ${input.number} 号建议，请刷新后重试`)
  const publicKey = await publicKeyOf(ctx.db, secondPurpose(input.number))
  if (!publicKey || !verifyToken(publicKey, input.token, input.signature)) throw new AppError('FORBIDDEN', '这张附议券无效，这次附议没有被记录。请刷新公开栏后重试')
  if (!(await addSecond(ctx.db, receiptOf(input.token), input.number))) throw new AppError('CONFLICT', '你已经附议过这条建议（每人一次），不再重复计数')
  return { number: input.number, seconds: await countSeconds(ctx.db, input.number) }
}
