import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'

/** draft: the results as recorded, for officers reviewing; published: what members may see. */
export function requireView(ctx: Ctx, view: 'published' | 'draft'): void {
  if (view === 'draft' && !isAtLeast(ctx.role, 'officer')) throw new AppError('FORBIDDEN', '成绩公布前只有委员和主席可以查看')
}

/** Who did it, for the correction history: the member's name, or 主席 for a chair by configuration. */
export const actorName = (ctx: Ctx): string => ctx.member?.name ?? (isAtLeast(ctx.role, 'chair') ? '主席' : '委员')
