import type { GetProposalInput, GetProposalOutput, ListProposalsInput, ListProposalsOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { allMeetings } from '../data/meetings'
import { proposalsWhere } from '../data/proposals'
import { toProposal } from '../lib/view'
import { mustLoadProposal } from './steps'

/** Every member sees every proposal, its decision and answer (DESIGN), those still seeking 附议 too, with their status. */
export async function list(input: ListProposalsInput, ctx: Ctx): Promise<ListProposalsOutput> {
  const where: Record<string, unknown> = {}
  if (input.meetingId) where.meetingId = input.meetingId
  if (input.status) where.status = input.status
  const [docs, meetings] = await Promise.all([proposalsWhere(ctx.db, where), allMeetings(ctx.db)])
  const needed = new Map(meetings.map((m) => [m._id, m.seconds]))
  return { items: docs.map((p) => toProposal(p, needed.get(p.meetingId) ?? 2, ctx)) }
}

export async function get(input: GetProposalInput, ctx: Ctx): Promise<GetProposalOutput> {
  const { p, m } = await mustLoadProposal(ctx, input.id)
  return toProposal(p, m.seconds, ctx)
}
