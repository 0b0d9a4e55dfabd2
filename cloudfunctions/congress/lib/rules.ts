import type { Ctx } from '../../_shared/ctx'
import type { ProposalDoc } from '../data/docs'
import { isCommittee, isDelegate } from './access'

/**
 * Why the caller may not take each step on this proposal, or null when they may. The page shows a
 * button only when the answer is null, and the handler refuses with the same words.
 */
export function whyNotSecond(p: ProposalDoc, ctx: Ctx): string | null {
  if (!isDelegate(ctx)) return '只有教代会代表可以附议'
  if (p.proposer.memberId === ctx.member?._id) return '不能附议自己的提案'
  if (p.seconders.some((s) => s.memberId === ctx.member?._id)) return '你已经附议过这件提案'
  if (p.status !== 'seeking') return '这件提案的附议人数已够，不再征集附议'
  return null
}

export function whyNotDecide(p: ProposalDoc, ctx: Ctx, needed: number): string | null {
  if (!isCommittee(ctx)) return '只有工会主席和提案委员会可以审查提案'
  if (p.status === 'seeking') return `附议人数还不够（${p.seconders.length}/${needed}），够了才能审查`
  if (p.status !== 'committee') return '这件提案已经审查过'
  return null
}

export function whyNotAnswer(p: ProposalDoc, ctx: Ctx): string | null {
  if (!isCommittee(ctx)) return '只有工会主席和提案委员会可以登记答复'
  if (p.status === 'answered' || p.status === 'rated') return '已经答复，等待提案人评价'
  if (p.status !== 'accepted') return '立案后才能登记答复'
  return null
}

export function whyNotRate(p: ProposalDoc, ctx: Ctx): string | null {
  if (p.proposer.memberId !== ctx.member?._id) return '只有提案人可以评价答复'
  if (p.status === 'rated') return '已经评价过'
  if (p.status !== 'answered') return '答复登记后才能评价'
  return null
}
