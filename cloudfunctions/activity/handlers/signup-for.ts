import type { SignupForInput, SignupOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember } from '../../_shared/members'
import { signupAs } from './signup'

/**
 * 代报: an officer signs up a member who has no phone, by the same rules as their own sign-up
 * (window, eligibility, places, quotas). The entry records who did it; the member's own later
 * sign-up finds it and answers it as theirs.
 */
export async function signupFor(input: SignupForInput, ctx: Ctx): Promise<SignupOutput> {
  const m = await loadMember(ctx.db, input.memberId)
  if (!m) throw new AppError('NOT_FOUND', '会员：找不到这位会员')
  if (m.inactive) throw new AppError('FORBIDDEN', `${m.name}已停用，不能报名`)
  const by = ctx.member
  return signupAs(ctx, m, { id: input.id, batch: input.batch, answers: input.answers, events: input.events }, { id: by?._id ?? '', name: by?.name ?? '工会' })
}
