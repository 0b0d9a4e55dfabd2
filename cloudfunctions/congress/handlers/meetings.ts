import { createHash, randomBytes, randomInt } from 'node:crypto'
import type { CreateMeetingInput, CreateMeetingOutput, MeetingInput, MeetingOutput, MeetingsInput, MeetingsOutput } from '../../../types/congress'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { allMeetings, checkinOf, insertMeeting, loadMeeting } from '../data/meetings'
import type { MeetingDoc } from '../data/docs'
import { isCommittee, isDelegate } from '../lib/access'
import { documentsFor } from '../lib/documents'
import { toMeeting } from '../lib/view'

/** A meeting with its proposal window and day; a retry with the same requestId answers the same meeting. */
export async function createMeeting(input: CreateMeetingInput, ctx: Ctx): Promise<CreateMeetingOutput> {
  if (input.proposalClosesAt <= input.proposalOpensAt) throw new AppError('BAD_REQUEST', '提案截止时间应晚于开始时间')
  if (Date.parse(input.heldAt) < Date.parse(input.proposalClosesAt)) throw new AppError('BAD_REQUEST', '开会时间应在提案截止之后')
  const id = input.requestId ? createHash('sha256').update(`meeting:${input.requestId}`).digest('hex').slice(0, 32) : randomBytes(16).toString('hex')
  const doc: MeetingDoc = {
    _id: id,
    title: input.title,
    proposalOpensAt: new Date(input.proposalOpensAt).toISOString(),
    proposalClosesAt: new Date(input.proposalClosesAt).toISOString(),
    heldAt: new Date(input.heldAt).toISOString(),
    seconds: input.seconds ?? 2,
    code: String(randomInt(0, 10000)).padStart(4, '0'),
    count: 0,
    createdAt: ctx.now().toISOString()
  }
  await insertMeeting(ctx.db, doc)
  return toMeeting((await loadMeeting(ctx.db, id)) ?? doc, ctx, false)
}

export async function meetings(_input: MeetingsInput, ctx: Ctx): Promise<MeetingsOutput> {
  const docs = await allMeetings(ctx.db)
  const items = await Promise.all(docs.map(async (m) => toMeeting(m, ctx, Boolean(ctx.member && (await checkinOf(ctx.db, m._id, ctx.member._id))))))
  return { items, delegate: isDelegate(ctx), committee: isCommittee(ctx) }
}

export async function mustLoadMeeting(ctx: Ctx, id: string): Promise<MeetingDoc> {
  const m = await loadMeeting(ctx.db, id)
  if (!m) throw new AppError('NOT_FOUND', '找不到这次会议，可能链接有误')
  return m
}

/** One meeting, with its 会议文件 for whoever may read them (the list of meetings carries none). */
export async function meeting(input: MeetingInput, ctx: Ctx): Promise<MeetingOutput> {
  const m = await mustLoadMeeting(ctx, input.id)
  const [checkin, documents] = await Promise.all([ctx.member ? checkinOf(ctx.db, m._id, ctx.member._id) : null, documentsFor(m._id, ctx)])
  const out = toMeeting(m, ctx, Boolean(checkin))
  return documents ? { ...out, documents } : out
}
