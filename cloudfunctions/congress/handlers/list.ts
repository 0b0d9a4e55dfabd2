import type { GetProposalInput, GetProposalOutput, ListProposalsInput, ListProposalsOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { allMeetings } from '../data/meetings'
import { proposalsWhere } from '../data/proposals'
import { canSee } from '../lib/rules'
import { toProposal } from '../lib/view'
import { mustLoadProposal } from './steps'

/** Every member sees every proposal that went up, with its decision and answer; 代表 also those seeking seconds. */
export async function list(input: ListProposalsInput, ctx: Ctx): Promise<ListProposalsOutput> {
  const where: Record<string, unknown> = {}
  if (input.meetingId) where.meetingId = input.meetingId
  if (input.status) where.status = input.status
  const [docs, meetings] = await Promise.all([proposalsWhere(ctx.db, where), allMeetings(ctx.db)])
  const needed = new Map(meetings.map((m) => [m._id, m.seconds]))
  return { items: docs.filter((p) => canSee(p, ctx)).map((p) => toProposal(p, needed.get(p.meetingId) ?? 2, ctx)) }
}

export async function get(input: GetProposalInput, ctx: Ctx): Promise<GetProposalOutput> {
  const { p, m } = await mustLoadProposal(ctx, input.id)
  if (!canSee(p, ctx)) throw new AppError('NOT_FOUND', '这件提案还在代表中征集附议，附议够了就会公开')
  return toProposal(p, m.seconds, ctx)
}
