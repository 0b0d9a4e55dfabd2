import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { isSupervisor } from '../data/supervisors'

/** The chair, or an officer the chair named 督导员. */
export async function isDesk(ctx: Ctx): Promise<boolean> {
  if (ctx.role === 'chair') return true
  if (ctx.role !== 'officer' || !ctx.member) return false
  return isSupervisor(ctx.db, ctx.member._id)
}

export async function requireDesk(ctx: Ctx): Promise<void> {
  if (!(await isDesk(ctx))) throw new AppError('FORBIDDEN', '只有主席和督导员可以进入督导室')
}
