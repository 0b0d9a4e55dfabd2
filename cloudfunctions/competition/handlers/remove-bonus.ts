import type { RemoveBonusInput, RemoveBonusOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { deleteBonus } from '../data/bonuses'

/** Takes a bonus back; removing one already gone answers removed: false (a double tap is harmless). */
export async function removeBonus(input: RemoveBonusInput, ctx: Ctx): Promise<RemoveBonusOutput> {
  return { removed: await deleteBonus(ctx.db, input.id, ctx.now().toISOString()) }
}
