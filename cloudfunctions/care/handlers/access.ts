import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { CARER_TAG } from '../../_shared/members'
import { keeperId } from '../data/settings'

export { CARER_TAG }

export const isChair = (ctx: Ctx) => ctx.role === 'chair'
export const isCarer = (ctx: Ctx) => isChair(ctx) || Boolean(ctx.member?.tags?.includes(CARER_TAG))

/** DESIGN: care is the chair's and the 慰问员's, except `mine` and `collect`; an officer without the tag is refused too. */
export async function requireCarer(ctx: Ctx): Promise<void> {
  if (!isCarer(ctx)) throw new AppError('FORBIDDEN', '只有工会主席和慰问员可以查看和登记慰问，会员的情况请告诉慰问员')
}

export async function isKeeper(ctx: Ctx): Promise<boolean> {
  if (isChair(ctx)) return true
  return Boolean(ctx.member && (await keeperId(ctx.db)) === ctx.member._id)
}

/** 困难职工档案: the chair and the one keeper the chair named, nobody else (not other 慰问员). */
export async function requireKeeper(ctx: Ctx): Promise<void> {
  if (!(await isKeeper(ctx))) throw new AppError('FORBIDDEN', '困难职工档案只有工会主席和指定的档案管理人可以查看')
}

/** The member picker serves the care forms and the keeper's 建档 form, so the keeper (who may not be a 慰问员) may look up names too. */
export async function requireCarerOrKeeper(ctx: Ctx): Promise<void> {
  if (!isCarer(ctx) && !(await isKeeper(ctx))) await requireCarer(ctx)
}
