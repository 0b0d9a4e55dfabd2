import { createHash, randomBytes } from 'node:crypto'
import type { SubmitProposalInput, SubmitProposalOutput } from '../../../types/congress'
import { CONGRESS_MEETINGS, CONGRESS_PROPOSALS, SUGGESTIONS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { getDoc, txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import type { MeetingDoc, ProposalDoc } from '../data/docs'
import { loadProposal } from '../data/proposals'
import { requireDelegate } from '../lib/access'
import { toProposal, whyNotSubmit } from '../lib/view'
import { mustLoadMeeting } from './meetings'

/** The suggestion's number and words, read from the board's own document: it holds nobody's name, so none can be copied. */
async function suggestionText(ctx: Ctx, n: number | string): Promise<{ number: string; content: string }> {
  const number = String(n)
  const s = await getDoc<{ number: string; content: string }>(ctx.db, SUGGESTIONS, number, { number: true, content: true })
  if (!s) throw new AppError('NOT_FOUND', `建议箱里没有 ${number} 号建议，请核对编号`)
  return { number: s.number, content: s.content }
}

/** A 代表's proposal, numbered in its meeting; it seeks seconds unless the meeting asks for none. */
export async function submit(input: SubmitProposalInput, ctx: Ctx): Promise<SubmitProposalOutput> {
  requireDelegate(ctx, '提交提案')
  const me = requireMember(ctx)
  const meeting = await mustLoadMeeting(ctx, input.meetingId)
  const id = input.requestId ? createHash('sha256').update(`proposal:${me._id}:${input.requestId}`).digest('hex').slice(0, 32) : randomBytes(16).toString('hex')
  const prior = await loadProposal(ctx.db, id)
  if (prior) return toProposal(prior, meeting.seconds, ctx)
  const why = whyNotSubmit(meeting, ctx)
  if (why) throw new AppError('CLOSED', why)
  const from = input.fromSuggestion !== undefined ? await suggestionText(ctx, input.fromSuggestion) : undefined
  const at = ctx.now().toISOString()
  const doc = await withTransaction(ctx.db, async (tx) => {
    const m = await txGetDoc<MeetingDoc>(tx, CONGRESS_MEETINGS, meeting._id)
    const number = (m?.count ?? 0) + 1
    const p: ProposalDoc = {
      _id: id,
      meetingId: meeting._id,
      number,
      title: input.title,
      reason: input.reason,
      measures: input.measures,
      ...(input.category ? { category: input.category } : {}),
      ...(from ? { fromSuggestion: from } : {}),
      proposer: { memberId: me._id, name: me.name, unit: me.unit },
      seconders: [],
      status: meeting.seconds > 0 ? 'seeking' : 'committee',
      answers: [],
      reopened: false,
      createdAt: at,
      updatedAt: at
    }
    // the meeting's counter numbers proposals: two submitting at once conflict and one retries with the next number
    await tx
      .collection(CONGRESS_MEETINGS)
      .doc(meeting._id)
      .update({ data: { count: number } })
    const { _id, ...data } = p
    await tx.collection(CONGRESS_PROPOSALS).doc(_id).set({ data })
    return p
  })
  return toProposal(doc, meeting.seconds, ctx)
}
