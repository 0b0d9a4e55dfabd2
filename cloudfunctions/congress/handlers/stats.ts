import type { CongressStatsInput, CongressStatsOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { proposalsWhere } from '../data/proposals'
import { statsOf } from '../lib/stats'
import { mustLoadMeeting } from './meetings'

export async function stats(input: CongressStatsInput, ctx: Ctx): Promise<CongressStatsOutput> {
  await mustLoadMeeting(ctx, input.meetingId)
  return statsOf(await proposalsWhere(ctx.db, { meetingId: input.meetingId }))
}
