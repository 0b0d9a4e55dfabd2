import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { CARER_TAG } from '../../_shared/members'
import { keeperId } from '../data/settings'

export { CARER_TAG }

export const isChair = (ctx: Ctx) => ctx.role === 'chair'
export const isCarer = (ctx: Ctx) => isChair(ctx) || Boolean(ctx.member?.tags?.includes(CARER_TAG))

/** Care actions: the chair and members tagged 慰问员; an officer without the tag is refused too. */
export async function requireCarer(ctx: Ctx): Promise<void> {
  if (!isCarer(ctx)) throw new AppError('FORBIDDEN', '只有工会主席和慰问员可以查看和登记慰问')
}

/** News may come from anyone on the committee: the officers as well as the 慰问员. */
export async function requireReporter(ctx: Ctx): Promise<void> {
  if (!isCarer(ctx) && ctx.role !== 'officer') throw new AppError('FORBIDDEN', '请把情况告诉工会委员或慰问员，由他们登记')
}

/** 签收 lists: the 慰问员 for everyone, a 小组长 (officer) for their own unit. */
export async function requireCollector(ctx: Ctx): Promise<void> {
  if (!isCarer(ctx) && ctx.role !== 'officer') throw new AppError('FORBIDDEN', '只有工会主席、慰问员和小组长可以查看签收情况')
}

export async function isKeeper(ctx: Ctx): Promise<boolean> {
  if (isChair(ctx)) return true
  return Boolean(ctx.member && (await keeperId(ctx.db)) === ctx.member._id)
}

/** 困难职工档案: the chair and the one keeper the chair named, nobody else (not other 慰问员). */
export async function requireKeeper(ctx: Ctx): Promise<void> {
  if (!(await isKeeper(ctx))) throw new AppError('FORBIDDEN', '困难职工档案只有工会主席和指定的档案管理人可以查看')
}
