import type { AccessOutput } from '../../../types/suggestion-desk'
import type { Ctx } from '../../_shared/ctx'
import { isDesk } from './desk'

/** Whether the app should show the 督导室 entry to the caller. */
export async function access(_input: unknown, ctx: Ctx): Promise<AccessOutput> {
  return { desk: await isDesk(ctx), chair: ctx.role === 'chair' }
}
