import type { CompetitionPosterInput, CompetitionPosterOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { saveExport } from '../../_shared/exports'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, posterCode, unionName } from '../../_shared/image'
import { loadCompetition } from '../data/competitions'
import { loadEvents } from '../data/events'

export const BOARD_PAGE = 'pages/competition-board/index'

/** A poster for the competition: its events and units, and a code that opens the live board. */
export async function poster(input: CompetitionPosterInput, ctx: Ctx): Promise<CompetitionPosterOutput> {
  const comp = await loadCompetition(ctx, input.competitionId)
  // in the order they were set up, as the programme lists them
  const events = (await loadEvents(ctx, comp._id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id))
  const code = await posterCode(ctx, BOARD_PAGE, { id: comp._id }, comp._id).catch((e: unknown) => {
    ctx.log('wxacode failed', { err: String(e) })
    throw new AppError('INTERNAL', '小程序码暂时生成不了，请稍后再试')
  })
  const published = events.filter((e) => e.published).length
  const png = await drawPoster({
    kind: '比赛 · 实时成绩',
    title: comp.title,
    rows: [
      { label: '项目', value: events.length ? `共 ${events.length} 项：${events.map((e) => e.name).join('、')}` : '项目待公布' },
      { label: '参赛', value: `${comp.units.length} 个部门` },
      { label: '成绩', value: published ? `已公布 ${published} 项，扫码看排名` : '比赛开始后扫码看实时成绩' }
    ],
    union: unionName(ctx.env),
    code,
    hint: '微信扫一扫，看成绩和奖牌榜'
  })
  const saved = await saveExport(ctx, `${comp.title}-海报.png`, png)
  return { ...saved, width: POSTER_WIDTH, height: POSTER_HEIGHT }
}
