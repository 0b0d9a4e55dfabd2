import type { MeritPrize } from '../../../types/suggestion'
import type { Ctx } from '../../_shared/ctx'
import { postNotice } from '../../_shared/notices'

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
const HOW_TO_CLAIM = '请获奖者在「建议」页用号码和领奖码认领，然后到工会办公室领奖。领奖前，没有人知道号码是谁的。'

/** The 表彰 notice for a month's merit prizes; answers its id. */
export async function announceAwards(ctx: Ctx, month: string, winners: { number: string; prize: MeritPrize }[]): Promise<string> {
  const order: MeritPrize[] = ['一等奖', '二等奖', '三等奖', '鼓励奖']
  const lines = order
    .map((p) => [p, winners.filter((w) => w.prize === p).map((w) => w.number)] as const)
    .filter(([, ns]) => ns.length)
    .map(([p, ns]) => `${p}：${ns.join('、')}`)
  const body = [`感谢老师们的每一条建议。${monthLabel(month)}号码有奖征集获奖号码如下：`, lines.join('\n'), HOW_TO_CLAIM].join('\n\n')
  // keyed by the month: an award retried after a timeout, even days later, posts this notice once
  const notice = await postNotice(ctx, { title: `${monthLabel(month)}号码有奖征集获奖号码`, body, category: 'honour' }, { key: `suggestion-awards:${month}`, link: 'suggestion-claim' })
  return notice.id
}

/** The notice for the verifiable lucky draw: winners plus what anyone needs to check it. */
export async function announceDraw(ctx: Ctx, month: string, draw: { commitment: string; secret: string; winners: string[] }): Promise<string> {
  const body = [
    `${monthLabel(month)}幸运抽奖结果：${draw.winners.join('、')}`,
    `抽奖密钥：${draw.secret}\n事先公布的承诺值（密钥的 SHA-256）：${draw.commitment}`,
    '「建议」页按公开算法用密钥和本月全部号码重新计算，结果一致即显示「已验证」。',
    HOW_TO_CLAIM
  ].join('\n\n')
  const notice = await postNotice(ctx, { title: `${monthLabel(month)}号码有奖征集幸运抽奖`, body, category: 'honour' }, { key: `suggestion-draw:${month}`, link: 'suggestion-claim' })
  return notice.id
}
