import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'

/** msgSecCheck v2 labels (result.label) in words a member can act on. */
const REASONS: Record<string, string> = {
  '10001': '疑似广告',
  '20001': '涉及时政敏感内容',
  '20002': '涉及色情',
  '20003': '含有辱骂',
  '20006': '涉及违法犯罪',
  '20008': '疑似欺诈',
  '20012': '内容低俗',
  '20013': '涉及版权'
}

/** Checked here before anything leaves the function: the same words the local stand-in of msgSecCheck refuses. */
const WORDS: Record<string, string> = {
  赌博: '涉及违法犯罪',
  色情: '涉及色情',
  毒品: '涉及违法犯罪',
  枪支: '涉及违法犯罪',
  法轮: '涉及时政敏感内容',
  暴恐: '涉及违法犯罪',
  代开发票: '疑似广告',
  办证: '疑似广告'
}

const rejected = (reason: string) => new AppError('CONTENT_REJECTED', `建议内容未通过安全检查（${reason}），请修改后再提交`)

/**
 * The author's openid is never sent: the submission arrives without one (docs/anonymity.md). msgSecCheck
 * v2 requires an openid, so it runs only under the union's service openid (SUGGESTION_CHECK_OPENID,
 * e.g. the 工会 account's own phone) when one is configured; otherwise the word list alone decides.
 * A platform failure of the check does not refuse the suggestion: nothing is public before its
 * 17:00 batch, and the 督导室 reads every suggestion before then.
 */
export async function checkContent(ctx: Ctx, content: string): Promise<void> {
  const word = Object.keys(WORDS).find((w) => content.includes(w))
  if (word) throw rejected(WORDS[word])
  const service = ctx.env.SUGGESTION_CHECK_OPENID
  if (!service) return
  const res = await ctx.openapi.checkText(content, service).catch(() => null)
  if (!res || res.suggest === 'pass') return
  throw rejected((res.label && REASONS[res.label]) || '含有不宜发布的文字')
}
