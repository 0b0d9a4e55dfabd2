import type { PosterInput, PosterOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { saveExport } from '../../_shared/exports'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, posterCode, unionName, whenText } from '../../_shared/image'
import { get } from './get'

export const ACTIVITY_PAGE = 'pages/activity-detail/index'

/** Places in words: 剩 3 个，共 40 个 / 已满，可排队 / 不限名额. */
function placesText(capacity: number | null, confirmed: number, waitlist: boolean): string {
  if (capacity === null) return `不限名额，已报 ${confirmed} 人`
  const left = Math.max(0, capacity - confirmed)
  if (left > 0) return `剩 ${left} 个，共 ${capacity} 个`
  return waitlist ? `已满（共 ${capacity} 个），可排队候补` : `已满（共 ${capacity} 个）`
}

/**
 * A poster for the noticeboard and Moments: title, time, place, places left, sign-up deadline, and a
 * code that opens the activity (WeChat's mini-program code in production, a QR of the path locally).
 */
export async function poster(input: PosterInput, ctx: Ctx): Promise<PosterOutput> {
  const a = await get(input, ctx)
  if (a.cancelled) throw new AppError('CLOSED', `活动已取消（${a.cancelled.reason}），不再生成海报`)
  const code = await posterCode(ctx, ACTIVITY_PAGE, { id: a.id }, a.id).catch((e: unknown) => {
    ctx.log('wxacode failed', { err: String(e) })
    throw new AppError('INTERNAL', '小程序码暂时生成不了，请稍后再试')
  })
  const png = await drawPoster({
    kind: a.allocation === 'lottery' ? '活动报名 · 抽签' : '活动报名',
    title: a.title,
    rows: [
      { label: '时间', value: whenText(a.startAt, a.endAt) },
      { label: '地点', value: a.place ?? '' },
      { label: '名额', value: a.allocation === 'lottery' ? `共 ${a.capacity ?? '不限'} 个，截止后抽签` : placesText(a.capacity, a.confirmed, a.waitlist) },
      { label: '截止', value: whenText(a.signupClosesAt) }
    ],
    union: unionName(ctx.env),
    code,
    hint: '微信扫一扫，查看详情并报名'
  })
  const saved = await saveExport(ctx, `${a.title}-海报.png`, png)
  return { ...saved, width: POSTER_WIDTH, height: POSTER_HEIGHT }
}
