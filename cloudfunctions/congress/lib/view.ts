import { PROPOSAL_STATUS_LABELS, type Meeting, type Proposal } from '../../../types/congress'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { daysOverdue } from '../../_shared/overdue'
import type { MeetingDoc, ProposalDoc } from '../data/docs'
import { isDelegate } from './access'
import { whyNotAnswer, whyNotDecide, whyNotRate, whyNotSecond } from './rules'

const person = ({ name, unit }: { name: string; unit: string }) => ({ name, unit })

export function toProposal(p: ProposalDoc, needed: number, ctx: Ctx): Proposal {
  const why = { second: whyNotSecond(p, ctx), decide: whyNotDecide(p, ctx, needed), answer: whyNotAnswer(p, ctx), rate: whyNotRate(p, ctx) }
  const out: Proposal = {
    id: p._id,
    meetingId: p.meetingId,
    number: p.number,
    title: p.title,
    reason: p.reason,
    measures: p.measures,
    proposer: person(p.proposer),
    mine: p.proposer.memberId === ctx.member?._id,
    seconders: p.seconders.map(person),
    secondsNeeded: needed,
    status: p.status,
    statusLabel: p.reopened && p.status === 'accepted' ? '不满意，重新答复中' : PROPOSAL_STATUS_LABELS[p.status],
    answers: p.answers.map(({ answer, at }) => ({ answer, at })),
    reopened: p.reopened,
    overdueDays: p.status === 'accepted' ? daysOverdue(p.dueDate, unionDate(ctx.now())) : 0,
    can: { second: !why.second, decide: !why.decide, answer: !why.answer, rate: !why.rate },
    why: Object.fromEntries(Object.entries(why).filter(([, v]) => v)) as Proposal['why'],
    createdAt: p.createdAt
  }
  if (p.category) out.category = p.category
  if (p.fromSuggestion) out.fromSuggestion = p.fromSuggestion
  if (p.decision) {
    const { by: _by, ...d } = p.decision
    out.decision = d
  }
  if (p.rating) out.rating = p.rating
  return out
}

/** Submission window in words, or null while it is open and the caller is a 代表. */
export function whyNotSubmit(m: MeetingDoc, ctx: Ctx): string | null {
  const now = ctx.now().toISOString()
  if (!isDelegate(ctx)) return '只有教代会代表可以提交提案'
  if (now < m.proposalOpensAt) return `提案征集还没开始（${unionDate(m.proposalOpensAt)} 开始）`
  if (now >= m.proposalClosesAt) return '提案征集已经截止'
  return null
}

export function whyNotCheckin(m: MeetingDoc, ctx: Ctx, checkedIn: boolean): string | null {
  if (!isDelegate(ctx)) return '会议签到只对教代会代表开放'
  if (checkedIn) return '你已经签到'
  if (unionDate(ctx.now()) !== unionDate(m.heldAt)) return `会议当天（${unionDate(m.heldAt)}）才能签到`
  return null
}

export function toMeeting(m: MeetingDoc, ctx: Ctx, checkedIn: boolean): Meeting {
  const out: Meeting = {
    id: m._id,
    title: m.title,
    proposalOpensAt: m.proposalOpensAt,
    proposalClosesAt: m.proposalClosesAt,
    heldAt: m.heldAt,
    seconds: m.seconds,
    checkedIn,
    proposals: m.count
  }
  // the code is read out in the hall: the chair alone is sent it, and only on the day
  if (ctx.role === 'chair' && unionDate(ctx.now()) === unionDate(m.heldAt)) out.code = m.code
  const s = whyNotSubmit(m, ctx)
  if (s) out.cannotSubmit = s
  const c = whyNotCheckin(m, ctx, checkedIn)
  if (c) out.cannotCheckin = c
  return out
}
