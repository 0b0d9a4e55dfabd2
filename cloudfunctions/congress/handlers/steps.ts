import type { AnswerInput, AnswerOutput, DecideInput, DecideOutput, RateInput, RateOutput, SecondInput, SecondOutput } from '../../../types/congress'
import { addDays, unionDate } from '../../_shared/clock'
import { CONGRESS_PROPOSALS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { txGetDoc, withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { requireMember } from '../../_shared/members'
import type { MeetingDoc, ProposalDoc } from '../data/docs'
import { loadProposal, proposalsIn } from '../data/proposals'
import { whyNotAnswer, whyNotDecide, whyNotRate, whyNotSecond } from '../lib/rules'
import { toProposal } from '../lib/view'
import { mustLoadMeeting } from './meetings'

/** A second answer after a first 不满意 is due this many days after the rating. */
const REOPEN_DAYS = 15

export async function mustLoadProposal(ctx: Ctx, id: string): Promise<{ p: ProposalDoc; m: MeetingDoc }> {
  const p = await loadProposal(ctx.db, id)
  if (!p) throw new AppError('NOT_FOUND', '找不到这件提案，可能链接有误')
  return { p, m: await mustLoadMeeting(ctx, p.meetingId) }
}

/**
 * The write of a step's fields: update() merges an object into the stored one key by key, so a new
 * rating without a comment kept the old comment; each object a step writes replaces the old whole.
 */
function replacing(ctx: Ctx, fields: Record<string, unknown>): Record<string, unknown> {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v)
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, isObject(v) ? ctx.db.command.set(v) : v]))
}

/**
 * Runs one step on a proposal in a transaction: `step` answers the fields to write, or null when
 * the step is already done (a double tap or a retry), which answers the proposal as it stands.
 */
async function step(ctx: Ctx, id: string, run: (p: ProposalDoc, m: MeetingDoc) => Partial<ProposalDoc> | null) {
  const { m } = await mustLoadProposal(ctx, id)
  const doc = await withTransaction(ctx.db, async (tx) => {
    const p = await txGetDoc<ProposalDoc>(tx, CONGRESS_PROPOSALS, id)
    if (!p) throw new AppError('NOT_FOUND', '找不到这件提案，可能链接有误')
    const change = run(p, m)
    if (!change) return p
    const next = { ...change, updatedAt: ctx.now().toISOString() }
    await tx
      .collection(CONGRESS_PROPOSALS)
      .doc(id)
      .update({ data: replacing(ctx, next) })
    return { ...p, ...next }
  })
  return toProposal(doc, m.seconds, ctx)
}

/** 附议: once per 代表, never one's own; the meeting's number of seconds sends it to the committee. */
export async function second(input: SecondInput, ctx: Ctx): Promise<SecondOutput> {
  const me = requireMember(ctx)
  return step(ctx, input.id, (p, m) => {
    if (p.seconders.some((s) => s.memberId === me._id)) return null
    const why = whyNotSecond(p, ctx)
    if (why) throw new AppError(p.status === 'seeking' ? 'FORBIDDEN' : 'CONFLICT', why)
    const seconders = [...p.seconders, { memberId: me._id, name: me.name, unit: me.unit }]
    return { seconders, status: seconders.length >= m.seconds ? 'committee' : 'seeking' }
  })
}

/** 立案 (with department and due date when known), 不立案 (with the reason, as a suggestion's reply), or 合并 into another of the meeting. */
export async function decide(input: DecideInput, ctx: Ctx): Promise<DecideOutput> {
  let target: number | undefined
  if (input.decision === 'merged') {
    const { p } = await mustLoadProposal(ctx, input.id)
    const { data } = await proposalsIn(ctx.db).where({ meetingId: p.meetingId, number: input.mergedInto }).limit(1).get()
    if (!data[0] || data[0]._id === p._id) throw new AppError('BAD_REQUEST', `本次会议没有可以合并到的 ${input.mergedInto} 号提案`)
    target = data[0].number
  }
  return step(ctx, input.id, (p, m) => {
    if (p.decision && p.decision.decision === input.decision && p.decision.reason === input.reason) return null
    const why = whyNotDecide(p, ctx, m.seconds)
    if (why) throw new AppError(p.status === 'seeking' || p.decision ? 'CONFLICT' : 'FORBIDDEN', why)
    const at = ctx.now().toISOString()
    const decision: ProposalDoc['decision'] = { decision: input.decision, reason: input.reason, at, by: ctx.member?._id ?? '' }
    if (input.decision === 'accepted') {
      // both optional (DESIGN): without a due date there is no dueDate, so it is never overdue
      if (input.department) decision.department = input.department
      if (input.dueAt) decision.dueAt = new Date(input.dueAt).toISOString()
      return { decision, status: 'accepted', ...(decision.dueAt ? { dueDate: unionDate(decision.dueAt) } : {}) }
    }
    if (target) decision.mergedInto = target
    return { decision, status: input.decision }
  })
}

/** The department's answer, recorded by the committee; the proposer rates it next. */
export async function answer(input: AnswerInput, ctx: Ctx): Promise<AnswerOutput> {
  return step(ctx, input.id, (p) => {
    if (p.status === 'answered' && p.answers.at(-1)?.answer === input.answer) return null
    const why = whyNotAnswer(p, ctx)
    if (why) throw new AppError(p.status === 'answered' || p.status === 'rated' ? 'CONFLICT' : 'FORBIDDEN', why)
    return { answers: [...p.answers, { answer: input.answer, at: ctx.now().toISOString(), by: ctx.member?._id ?? '' }], status: 'answered' }
  })
}

/** The proposer's 满意度; a first 不满意 reopens it for a second answer, a second one stands. */
export async function rate(input: RateInput, ctx: Ctx): Promise<RateOutput> {
  return step(ctx, input.id, (p) => {
    if (p.rating && p.rating.rating === input.rating && p.status !== 'answered') return null
    const why = whyNotRate(p, ctx)
    if (why) throw new AppError(p.proposer.memberId === ctx.member?._id ? 'CONFLICT' : 'FORBIDDEN', why)
    const rating = { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}), at: ctx.now().toISOString() }
    if (input.rating === 'unsatisfied' && !p.reopened) return { rating, status: 'accepted', reopened: true, dueDate: addDays(unionDate(ctx.now()), REOPEN_DAYS) }
    return { rating, status: 'rated' }
  })
}
