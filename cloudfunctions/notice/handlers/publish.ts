import type { PublishInput, PublishOutput } from '../../../types/notice'
import type { Ctx } from '../../_shared/ctx'
import { postNotice } from '../../_shared/notices'

/** The chair publishes; the shared postNotice writes and pushes, so other functions post alike. */
export async function publish(input: PublishInput, ctx: Ctx): Promise<PublishOutput> {
  return postNotice(ctx, input)
}
