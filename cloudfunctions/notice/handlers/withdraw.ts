import type { WithdrawInput, WithdrawOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { toNotice } from '../../_shared/notices'
import { findNotice } from '../data/find'
import { updateNotice } from '../data/notices'

/** Takes a notice down: members no longer list or open it; the chair still can. Repeating is a no-op. */
export async function withdraw(input: WithdrawInput, ctx: Ctx): Promise<WithdrawOutput> {
  const doc = await findNotice(ctx, input.id)
  if (doc.status === 'withdrawn') return { notice: toNotice(doc) }
  const withdrawnAt = ctx.now().toISOString()
  await updateNotice(ctx.db, doc._id, { status: 'withdrawn', withdrawnAt })
  return { notice: toNotice({ ...doc, status: 'withdrawn', withdrawnAt }) }
}
