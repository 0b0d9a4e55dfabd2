import type { ReadersInput, ReadersOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { audienceMembers, type NoticeDoc } from '../../_shared/notices'
import { findNotice } from '../data/find'
import { readsOf } from '../data/reads'
import { receipts } from '../lib/receipts'

/** Read receipts over the audience as the roster stands now, per unit. */
export async function readers(input: ReadersInput, ctx: Ctx): Promise<ReadersOutput> {
  return receiptsOf(ctx, await findNotice(ctx, input.id))
}

/** The receipts of a notice already loaded (the 未读 export reads the same). */
export async function receiptsOf(ctx: Ctx, doc: NoticeDoc): Promise<ReadersOutput> {
  const audience = await audienceMembers(ctx, doc.audience)
  const reads = await readsOf(ctx.db, doc._id)
  return receipts(audience, new Map(reads.map((r) => [r.memberId, r.readAt])))
}
