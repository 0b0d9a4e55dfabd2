import { randomBytes } from 'node:crypto'
import type { BonusInput, BonusOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { addBonus, loadBonus, updateBonus } from '../data/bonuses'
import { loadCompetition } from '../data/competitions'
import { keyId, type BonusDoc } from '../data/docs'
import { actorName } from '../lib/access'
import { toBonus } from '../lib/bonus-view'

/**
 * The chair gives a unit 奖励分 (开幕式方阵, 组织奖, 精神文明奖), or changes one given (`id`). The
 * new bonus's id comes from the form's requestId, so a double tap or a retry adds it once (a caller
 * without one, as DESIGN.md's bonus has none, adds a bonus each call). The unit
 * table sums bonuses with results each time it is asked, so a change or removal shows at once.
 */
export async function bonus(input: BonusInput, ctx: Ctx): Promise<BonusOutput> {
  const competition = await loadCompetition(ctx, input.competitionId)
  if (!competition.units.includes(input.unit)) throw new AppError('BAD_REQUEST', `${input.unit}不是本次比赛的参赛单位`)
  const now = ctx.now().toISOString()
  const by = actorName(ctx)
  if (input.id) {
    const old = await loadBonus(ctx.db, input.id)
    if (!old || old.removedAt || old.competitionId !== competition._id) throw new AppError('NOT_FOUND', '这项奖励分已被删除')
    await updateBonus(ctx.db, old._id, { unit: input.unit, points: input.points, reason: input.reason, by, updatedAt: now })
    return toBonus({ ...old, unit: input.unit, points: input.points, reason: input.reason, by })
  }
  const doc: BonusDoc = {
    _id: keyId('bonus', competition._id, input.requestId ?? randomBytes(12).toString('hex')),
    competitionId: competition._id,
    unit: input.unit,
    points: input.points,
    reason: input.reason,
    by,
    at: now,
    updatedAt: now
  }
  if (await addBonus(ctx.db, doc)) return toBonus(doc)
  const first = await loadBonus(ctx.db, doc._id)
  // added and since removed: a late retry of that tap must not bring it back
  if (!first || first.removedAt) throw new AppError('CONFLICT', '这项奖励分已被删除')
  return toBonus(first)
}
