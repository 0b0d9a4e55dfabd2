import type { BonusesInput, BonusesOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { bonusesOf } from '../data/bonuses'
import { loadCompetition } from '../data/competitions'
import { toBonus } from '../lib/bonus-view'

/** Every bonus of a competition with its reason, oldest first: what the 奖励分 column is made of. */
export async function bonuses(input: BonusesInput, ctx: Ctx): Promise<BonusesOutput> {
  const competition = await loadCompetition(ctx, input.competitionId)
  return { items: (await bonusesOf(ctx.db, competition._id)).map(toBonus) }
}
