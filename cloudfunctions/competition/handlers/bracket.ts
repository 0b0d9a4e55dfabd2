import type { z } from 'zod'
import type { BracketInput, BracketOutput, Team } from '../../../types/competition-bracket'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { txLoadBracket, txPutBracket, type BracketDoc } from '../data/brackets'
import { loadCompetition } from '../data/competitions'
import { loadEvent, txLoadEvent, txUpdateEvent } from '../data/events'
import { actorName } from '../lib/access'
import { dealGroups, planBracket } from '../lib/bracket/plan'
import { bracketView } from '../lib/bracket/view'

/**
 * Draws up a ball game's bracket. Drawing it again replaces it while no score is recorded (a
 * double tap answers the same bracket); once a match is played the bracket stands.
 */
export async function bracket(input: z.output<typeof BracketInput>, ctx: Ctx): Promise<BracketOutput> {
  const event = await loadEvent(ctx, input.eventId)
  const competition = await loadCompetition(ctx, event.competitionId)
  const teams: Team[] = (input.teams ?? competition.units).map((t) => (typeof t === 'string' ? { unit: t, name: t } : { unit: t.unit, name: t.name ?? t.unit }))
  const stranger = teams.find((t) => !competition.units.includes(t.unit))
  if (stranger) throw new AppError('BAD_REQUEST', `单位“${stranger.unit}”不是本次比赛的参赛单位`)
  if (new Set(teams.map((t) => t.name)).size !== teams.length) throw new AppError('BAD_REQUEST', '参赛队有重名，请给同一单位的队加上“一队”“二队”')
  if (teams.length < 2) throw new AppError('BAD_REQUEST', '至少要有 2 支参赛队')
  if (input.format === 'groups-knockout') {
    const groups = dealGroups(teams.length, input.groupSize)
    if (groups.length < 2) throw new AppError('BAD_REQUEST', `${teams.length} 支队每组 ${input.groupSize} 队只能分 1 组，请改用单循环或减少每组队数`)
    const smallest = Math.min(...groups.map((g) => g.length))
    if (input.advance >= smallest) throw new AppError('BAD_REQUEST', `最小的一组只有 ${smallest} 队，每组出线队数应少于 ${smallest}`)
  }
  const plan = planBracket({ format: input.format, teams: teams.length, thirdPlace: input.thirdPlace, groupSize: input.groupSize, advance: input.advance })
  const now = ctx.now().toISOString()
  const doc = await withTransaction(ctx.db, async (tx) => {
    const ev = await txLoadEvent(tx, event._id)
    if (!ev) throw new AppError('NOT_FOUND', '没有这个比赛项目')
    if (ev.published) throw new AppError('CONFLICT', `${ev.name}的成绩已公布，不能再编排对阵`)
    const prev = await txLoadBracket(tx, ev._id)
    if (prev && Object.keys(prev.scores).length > 0) throw new AppError('CONFLICT', '已有比赛录入了比分，对阵表不能重排；如需更正请修改比分')
    if (!prev && ev.version > 0) throw new AppError('CONFLICT', `${ev.name}已按个人成绩录入，不能再改为对阵赛`)
    const next: BracketDoc = {
      _id: ev._id,
      competitionId: ev.competitionId,
      eventId: ev._id,
      format: input.format,
      teams,
      points: input.points,
      thirdPlace: input.thirdPlace,
      groupSize: input.groupSize,
      advance: input.advance,
      plan,
      scores: {},
      schedule: prev?.schedule ?? {},
      places: null,
      createdBy: actorName(ctx),
      createdAt: prev?.createdAt ?? now,
      updatedAt: now
    }
    await txPutBracket(tx, next)
    await txUpdateEvent(tx, ev._id, { bracket: { format: input.format }, updatedAt: now })
    return next
  })
  return bracketView(doc, event.name, true, ctx.now())
}
