import type { ReadersInput, ReadersOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { audienceMembers, NOTICE_READS } from '../../_shared/notices'
import { findNotice } from '../lib/find'
import { receipts } from '../lib/receipts'

/** Read receipts over the audience as the roster stands now, per unit. */
export async function readers(input: ReadersInput, ctx: Ctx): Promise<ReadersOutput> {
  const doc = await findNotice(ctx, input.id)
  const audience = await audienceMembers(ctx, doc.audience)
  const reads = await getAll<{ memberId: string; readAt: string }>(ctx.db.collection(NOTICE_READS).where({ noticeId: doc._id }))
  return receipts(audience, new Map(reads.map((r) => [r.memberId, r.readAt])))
}
