import { COMMITTEE_TAG, DELEGATE_TAG } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'

export { COMMITTEE_TAG, DELEGATE_TAG }

/** A 代表: an active member tagged 教代会代表 (the chair too only when tagged: being chair does not make one a 代表). */
export const isDelegate = (ctx: Ctx) => Boolean(ctx.member && !ctx.member.inactive && ctx.member.tags?.includes(DELEGATE_TAG))

/** Decides and answers: the chair, or a member tagged 提案委员会. */
export const isCommittee = (ctx: Ctx) => ctx.role === 'chair' || Boolean(ctx.member && !ctx.member.inactive && ctx.member.tags?.includes(COMMITTEE_TAG))

export async function requireCommittee(ctx: Ctx): Promise<void> {
  if (!isCommittee(ctx)) throw new AppError('FORBIDDEN', '只有工会主席和提案委员会可以审查和答复提案')
}

export function requireDelegate(ctx: Ctx, what: string): void {
  if (!isDelegate(ctx)) throw new AppError('FORBIDDEN', `只有教代会代表可以${what}。如果你是代表，请联系工会主席在名单里加上「教代会代表」标签`)
}
