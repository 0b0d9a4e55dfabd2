import type { ReadersInput, ReadersOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { audienceMembers } from '../../_shared/notices'
import { findNotice } from '../data/find'
import { readsOf } from '../data/reads'
import { receipts } from '../lib/receipts'

/** Read receipts over the audience as the roster stands now, per unit. */
export async function readers(input: ReadersInput, ctx: Ctx): Promise<ReadersOutput> {
  const doc = await findNotice(ctx, input.id)
  const audience = await audienceMembers(ctx, doc.audience)
  const reads = await readsOf(ctx.db, doc._id)
  return receipts(audience, new Map(reads.map((r) => [r.memberId, r.readAt])))
}
