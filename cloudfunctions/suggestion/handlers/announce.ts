import type { MeritPrize } from '../../../types/suggestion'
import type { Ctx } from '../../_shared/ctx'
import { excerptOf, noticesIn, postNotice } from '../../_shared/notices'
import { dayLabel, monthLabel } from '../lib/award-window'

const HOW_TO_CLAIM = '请获奖者在「建议」页用号码和领奖码认领，然后到工会办公室领奖。领奖前，没有人知道号码是谁的。'

/**
 * The 表彰 notice for a month's merit prizes; answers its id. One notice per month, keyed by it: a
 * retry posts it once, and a correction rewrites that notice in place (shown 已编辑, nobody pushed again).
 */
export async function announceAwards(ctx: Ctx, month: string, winners: { number: string; prize: MeritPrize }[], correctedOn?: string): Promise<string> {
  const order: MeritPrize[] = ['一等奖', '二等奖', '三等奖', '鼓励奖']
  const lines = order
    .map((p) => [p, winners.filter((w) => w.prize === p).map((w) => w.number)] as const)
    .filter(([, ns]) => ns.length)
    .map(([p, ns]) => `${p}：${ns.join('、')}`)
  const intro = `感谢老师们的每一条建议。${monthLabel(month)}号码有奖征集获奖号码如下${correctedOn ? `（${dayLabel(correctedOn)}更正）` : ''}：`
  const body = [intro, lines.join('\n'), HOW_TO_CLAIM].join('\n\n')
  const notice = await postNotice(ctx, { title: `${monthLabel(month)}号码有奖征集获奖号码`, body, category: 'honour' }, { key: `suggestion-awards:${month}`, link: 'suggestion-claim' })
  if (notice.body !== body)
    await noticesIn(ctx.db)
      .doc(notice.id)
      .update({ data: { body, excerpt: excerptOf(body), editedAt: ctx.now().toISOString() } })
  return notice.id
}

/**
 * The notice for the lucky draw: the winners and, in plain words, why anyone can trust them; the
 * figures needed to check it by hand come last, under 如何验证, for whoever wants them.
 */
export async function announceDraw(ctx: Ctx, month: string, draw: { commitment: string; secret: string; winners: string[] }): Promise<string> {
  const body = [
    `${monthLabel(month)}幸运抽奖结果：${draw.winners.join('、')}`,
    '抽奖结果可验证：抽奖规则在月底前就锁定了，谁也改不了结果；「建议」页会在每位老师的手机上重新算一遍，结果一致就显示「已验证」。',
    HOW_TO_CLAIM,
    `如何验证（给想自己核对的老师）：\n抽奖密钥：${draw.secret}\n事先公布的承诺值（密钥的 SHA-256）：${draw.commitment}\n把本月全部号码按 HMAC-SHA256(密钥, 号码) 从小到大排列，排在最前面的中奖。`
  ].join('\n\n')
  const notice = await postNotice(ctx, { title: `${monthLabel(month)}号码有奖征集幸运抽奖`, body, category: 'honour' }, { key: `suggestion-draw:${month}`, link: 'suggestion-claim' })
  return notice.id
}
