import type { DrawInfo } from '../../../types/suggestion-draw'
import type { Ctx } from '../../_shared/ctx'
import { postNotice } from '../../_shared/notices'
import { monthLabel } from '../lib/award-window'

/**
 * The notice for a keyed lucky draw: the winners and, in plain words, why nobody could steer them;
 * the figures for checking by hand last. One notice per month, keyed by it: a retry posts it once.
 */
export async function announceKeyedDraw(ctx: Ctx, month: string, draw: DrawInfo): Promise<string> {
  const keys = (draw.keyholders ?? []).filter((k) => k.commitment)
  const missing = keys.filter((k) => !k.secret).map((k) => k.role)
  const body = [
    `${monthLabel(month)}幸运抽奖结果：${(draw.winners ?? []).join('、')}`,
    `抽奖结果由${keys.map((k) => k.role + k.name).join('、')}各自月底前锁定的密钥共同决定，谁一个人都算不出、也改不了结果；「建议」页会在每位老师的手机上重新算一遍，结果一致就显示「已验证」。`,
    missing.length ? `${missing.join('、')}没有在揭晓期内揭晓密钥，按事先公布的规则用公开的替代值补上。` : '',
    '请获奖者在「建议」页用号码和领奖码认领，然后到工会办公室领奖。领奖前，没有人知道号码是谁的。',
    `如何验证（给想自己核对的老师）：参加抽奖的号码共 ${(draw.eligible ?? []).length} 个，名单指纹 ${draw.eligibleHash}。\n${keys.map((k) => `${k.role}：承诺值 ${k.commitment}${k.secret ? `，密钥 ${k.secret}` : '（未揭晓）'}`).join('\n')}`
  ]
    .filter(Boolean)
    .join('\n\n')
  const notice = await postNotice(ctx, { title: `${monthLabel(month)}号码有奖征集幸运抽奖`, body, category: 'honour' }, { key: `suggestion-draw:${month}`, link: 'suggestion-claim' })
  return notice.id
}
