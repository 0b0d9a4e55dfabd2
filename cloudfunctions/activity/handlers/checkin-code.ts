import type { CheckinCodeOutput, IdInput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { checkinWindow } from '../lib/schedule'

/** The 4-digit code an officer shows on site, and when members may use it. */
export async function checkinCode(input: IdInput, ctx: Ctx): Promise<CheckinCodeOutput> {
  const a = await loadActivity(ctx.db, input.id)
  return { code: a.checkinCode, ...checkinWindow(a) }
}
