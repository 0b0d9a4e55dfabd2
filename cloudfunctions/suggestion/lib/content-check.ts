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

/** Anything but 'pass' is refused: there is no human review queue behind the box. */
export async function checkContent(ctx: Ctx, content: string): Promise<void> {
  const res = await ctx.openapi.checkText(content, ctx.openid)
  if (res.suggest === 'pass') return
  const reason = (res.label && REASONS[res.label]) || '含有不宜发布的文字'
  throw new AppError('CONTENT_REJECTED', `建议内容未通过安全检查（${reason}），请修改后再提交`)
}
