import { z } from 'zod'
import { ExportedFile, Id, Instant, type FunctionContract } from './common'
import { SuggestionNumber } from './suggestion'

/** The tags congress reads (member.tag sets them). */
export const DELEGATE_TAG = '教代会代表'
export const COMMITTEE_TAG = '提案委员会'

const Text = (what: string, max: number) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}必须是文字` })
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}最多 ${max} 个字`)

/**
 * The id of another record, named in every message: common's Id says "缺少 id", which misnames a
 * missing meetingId. The characters are Id's.
 */
const RefId = (what: string) =>
  z
    .string({ required_error: `缺少${what}`, invalid_type_error: `${what}必须是文字` })
    .min(1, `${what}不能为空`)
    .max(64, `${what}太长`)
    // * not +: an empty id is min's one message, not two
    .regex(/^[A-Za-z0-9_:-]*$/, `${what}格式不正确`)
const MeetingId = RefId('会议编号')

/** A choice's messages: 请选择… when it is missing, the allowed values otherwise. */
const choiceError =
  (what: string, allowed: string): z.ZodErrorMap =>
  (issue) => ({ message: issue.code === 'invalid_type' && issue.received === 'undefined' ? `请选择${what}` : `${what}只能是 ${allowed}` })

/** A client key: the same key twice makes one record. */
const RequestId = z
  .string({ invalid_type_error: '请求编号必须是文字' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')
  .optional()

/**
 * seeking: 寻求附议 (every member sees it, as every other status); committee: enough seconds, waiting for the 提案委员会;
 * accepted: 立案, with the department to answer (again after a first 不满意); answered: waiting for the
 * proposer's rating; rated: done; rejected / merged: decided without 立案.
 */
export const ProposalStatus = z.enum(['seeking', 'committee', 'accepted', 'answered', 'rated', 'rejected', 'merged'], {
  errorMap: choiceError('状态', '寻求附议、待审查、已立案、已答复、已评价、不立案 或 已合并')
})
export type ProposalStatus = z.infer<typeof ProposalStatus>
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  seeking: '寻求附议',
  committee: '待提案委员会审查',
  accepted: '已立案，待答复',
  answered: '已答复，待评价',
  rated: '已评价',
  rejected: '不立案',
  merged: '已合并'
}

export const Rating = z.enum(['satisfied', 'basically', 'unsatisfied'], { errorMap: choiceError('满意度', '满意、基本满意 或 不满意') })
export type Rating = z.infer<typeof Rating>
export const RATING_LABELS: Record<Rating, string> = { satisfied: '满意', basically: '基本满意', unsatisfied: '不满意' }

export const Decision = z.enum(['accepted', 'rejected', 'merged'], { errorMap: choiceError('审查结果', '立案、不立案 或 合并') })
export type Decision = z.infer<typeof Decision>
export const DECISION_LABELS: Record<Decision, string> = { accepted: '立案', rejected: '不立案', merged: '合并' }

/** A 会议文件: a notice linked to the meeting, as its page lists it. */
export const MeetingDocument = z.object({
  id: Id,
  title: z.string(),
  publishedAt: Instant,
  /** The caller is in its audience: then read says whether they have opened it. */
  addressed: z.boolean(),
  read: z.boolean(),
  /** The chair's view: how many of its audience have opened it. */
  readers: z.object({ read: z.number().int(), total: z.number().int() }).optional()
})
export type MeetingDocument = z.infer<typeof MeetingDocument>

export const Meeting = z.object({
  id: Id,
  title: z.string(),
  proposalOpensAt: Instant,
  proposalClosesAt: Instant,
  heldAt: Instant,
  /** How many other 代表 must 附议 before the committee takes it up. */
  seconds: z.number().int(),
  /** The check-in code: sent to the chair alone, and only on the meeting's day (Asia/Shanghai). */
  code: z.string().optional(),
  /** Why the caller may not submit now, or absent when they may. */
  cannotSubmit: z.string().optional(),
  /** Why the caller may not check in now, or absent when they may; `checkedIn` when done. */
  cannotCheckin: z.string().optional(),
  checkedIn: z.boolean(),
  proposals: z.number().int(),
  /**
   * 会议文件 the caller may read, in the order published. Answered by `meeting` alone, and only to a 代表,
   * the chair, or someone a linked notice is addressed to: anyone else is not told there are any.
   */
  documents: z.array(MeetingDocument).optional()
})
export type Meeting = z.infer<typeof Meeting>

export const Proposal = z.object({
  id: Id,
  meetingId: Id,
  /** 提案 number within its meeting, from 1 in order of submission. */
  number: z.number().int(),
  title: z.string(),
  reason: z.string(),
  measures: z.string(),
  category: z.string().optional(),
  /** The suggestion taken up from the box: its number and words, never who wrote it. */
  fromSuggestion: z.object({ number: z.string(), content: z.string() }).optional(),
  proposer: z.object({ name: z.string(), unit: z.string() }),
  mine: z.boolean(),
  seconders: z.array(z.object({ name: z.string(), unit: z.string() })),
  secondsNeeded: z.number().int(),
  status: ProposalStatus,
  statusLabel: z.string(),
  decision: z.object({ decision: Decision, reason: z.string(), department: z.string().optional(), dueAt: Instant.optional(), mergedInto: z.number().int().optional(), at: Instant }).optional(),
  answers: z.array(z.object({ answer: z.string(), at: Instant })),
  rating: z.object({ rating: Rating, comment: z.string().optional(), at: Instant }).optional(),
  /** A first 不满意 reopened it for a second answer (once). */
  reopened: z.boolean(),
  /** Days the answer is late (Shanghai dates), 0 when not. */
  overdueDays: z.number().int(),
  /** What the caller may do, each with why not when they may not (the page shows only what is allowed). */
  can: z.object({ second: z.boolean(), decide: z.boolean(), answer: z.boolean(), rate: z.boolean() }),
  why: z.object({ second: z.string().optional(), decide: z.string().optional(), answer: z.string().optional(), rate: z.string().optional() }),
  createdAt: Instant
})
export type Proposal = z.infer<typeof Proposal>

export const CreateMeetingInput = z
  .object({
    title: Text('会议名称', 60),
    proposalOpensAt: Instant,
    proposalClosesAt: Instant,
    heldAt: Instant,
    seconds: z.number({ invalid_type_error: '附议人数必须是数字' }).int('附议人数必须是整数').min(0, '附议人数不能小于 0').max(20, '附议人数最多 20').optional(),
    /** A client key: the same key twice creates one meeting. */
    requestId: RequestId
  })
  .strict()
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>
export const CreateMeetingOutput = Meeting
export type CreateMeetingOutput = z.infer<typeof CreateMeetingOutput>

export const MeetingsInput = z.object({}).strict()
export type MeetingsInput = z.infer<typeof MeetingsInput>
export const MeetingsOutput = z.object({ items: z.array(Meeting), delegate: z.boolean(), committee: z.boolean() })
export type MeetingsOutput = z.infer<typeof MeetingsOutput>

export const MeetingInput = z.object({ id: Id }).strict()
export type MeetingInput = z.infer<typeof MeetingInput>
export const MeetingOutput = Meeting
export type MeetingOutput = z.infer<typeof MeetingOutput>

export const SubmitProposalInput = z
  .object({
    meetingId: MeetingId,
    title: Text('案由', 60),
    reason: Text('理由', 3000),
    measures: Text('建议措施', 3000),
    category: z.string({ invalid_type_error: '类别必须是文字' }).trim().max(20, '类别最多 20 个字').optional(),
    // the box's numbers read 2611-K7Q3 (types/suggestion.ts); DESIGN.md's `number` and the digits-only
    // numbers of the first boxes are taken too
    fromSuggestion: z.union([SuggestionNumber, z.number().int().positive(), z.string().regex(/^\d{1,12}$/)], { errorMap: () => ({ message: '建议编号格式应为 2611-K7Q3' }) }).optional(),
    requestId: RequestId
  })
  .strict()
export type SubmitProposalInput = z.infer<typeof SubmitProposalInput>
export const SubmitProposalOutput = Proposal
export type SubmitProposalOutput = z.infer<typeof SubmitProposalOutput>

export const ProposalIdInput = z.object({ id: Id }).strict()
export const SecondInput = ProposalIdInput
export type SecondInput = z.infer<typeof SecondInput>
export const SecondOutput = Proposal
export type SecondOutput = z.infer<typeof SecondOutput>

export const DecideInput = z
  .object({
    id: Id,
    decision: Decision,
    reason: Text('立案意见', 1000),
    mergedInto: z.number({ invalid_type_error: '合并到的提案号必须是数字' }).int('合并到的提案号必须是整数').positive('合并到的提案号必须大于 0').optional(),
    /** Optional for every decision (DESIGN): an accepted proposal may wait for its department, shown 待定. */
    department: z.string({ invalid_type_error: '承办部门必须是文字' }).trim().min(1, '请填写承办部门').max(30, '承办部门最多 30 个字').optional(),
    /** Optional too: without it the answer has no due date, is never overdue, and any answer counts as on time. */
    dueAt: Instant.optional()
  })
  .strict()
  .refine((d) => d.decision !== 'merged' || d.mergedInto, { message: '合并请填写合并到的提案号', path: ['mergedInto'] })
export type DecideInput = z.infer<typeof DecideInput>
export const DecideOutput = Proposal
export type DecideOutput = z.infer<typeof DecideOutput>

export const AnswerInput = z.object({ id: Id, answer: Text('答复', 3000) }).strict()
export type AnswerInput = z.infer<typeof AnswerInput>
export const AnswerOutput = Proposal
export type AnswerOutput = z.infer<typeof AnswerOutput>

export const RateInput = z.object({ id: Id, rating: Rating, comment: z.string({ invalid_type_error: '意见必须是文字' }).trim().max(500, '意见最多 500 个字').optional() }).strict()
export type RateInput = z.infer<typeof RateInput>
export const RateOutput = Proposal
export type RateOutput = z.infer<typeof RateOutput>

export const ListProposalsInput = z.object({ meetingId: MeetingId.optional(), status: ProposalStatus.optional() }).strict()
export type ListProposalsInput = z.infer<typeof ListProposalsInput>
export const ListProposalsOutput = z.object({ items: z.array(Proposal) })
export type ListProposalsOutput = z.infer<typeof ListProposalsOutput>

export const GetProposalInput = ProposalIdInput
export type GetProposalInput = z.infer<typeof GetProposalInput>
export const GetProposalOutput = Proposal
export type GetProposalOutput = z.infer<typeof GetProposalOutput>

export const MeetingIdInput = z.object({ meetingId: MeetingId }).strict()
export const CongressStatsInput = MeetingIdInput
export type CongressStatsInput = z.infer<typeof CongressStatsInput>
export const CongressStatsOutput = z.object({
  proposals: z.number().int(),
  accepted: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  satisfied: z.number().int(),
  basically: z.number().int(),
  unsatisfied: z.number().int()
})
export type CongressStatsOutput = z.infer<typeof CongressStatsOutput>

export const CheckinCongressInput = z
  .object({ meetingId: MeetingId, code: z.string({ required_error: '请输入签到码', invalid_type_error: '签到码必须是文字' }).trim().min(1, '请输入签到码').max(12, '签到码最多 12 位') })
  .strict()
export type CheckinCongressInput = z.infer<typeof CheckinCongressInput>
export const CheckinCongressOutput = z.object({ checkedIn: z.boolean(), at: Instant })
export type CheckinCongressOutput = z.infer<typeof CheckinCongressOutput>

export const AttendanceInput = MeetingIdInput
export type AttendanceInput = z.infer<typeof AttendanceInput>
export const AttendanceOutput = z.object({
  /** The active 代表 now. */
  expected: z.number().int(),
  /** How many of them have checked in. */
  present: z.number().int(),
  /** 代表 needed for the meeting to be held: two thirds of expected, rounded up (6 of 9, 7 of 10). */
  quorum: z.number().int(),
  /** present reaches quorum (never with no 代表 at all). */
  quorate: z.boolean()
})
export type AttendanceOutput = z.infer<typeof AttendanceOutput>

export const ExportCongressInput = MeetingIdInput
export type ExportCongressInput = z.infer<typeof ExportCongressInput>
export const ExportCongressOutput = ExportedFile
export type ExportCongressOutput = z.infer<typeof ExportCongressOutput>

export const CONGRESS_LABELS: Record<string, string> = {
  meetingId: '会议编号',
  title: '标题',
  reason: '理由',
  measures: '建议措施',
  category: '类别',
  fromSuggestion: '建议编号',
  decision: '审查结果',
  mergedInto: '合并到的提案',
  department: '承办部门',
  dueAt: '答复期限',
  answer: '答复',
  rating: '满意度',
  comment: '意见',
  code: '签到码',
  proposalOpensAt: '提案开始时间',
  proposalClosesAt: '提案截止时间',
  heldAt: '开会时间',
  seconds: '附议人数',
  status: '状态',
  requestId: '请求编号'
}

export const congressContract = {
  createMeeting: { input: CreateMeetingInput, output: CreateMeetingOutput },
  meetings: { input: MeetingsInput, output: MeetingsOutput },
  meeting: { input: MeetingInput, output: MeetingOutput },
  submit: { input: SubmitProposalInput, output: SubmitProposalOutput },
  second: { input: SecondInput, output: SecondOutput },
  decide: { input: DecideInput, output: DecideOutput },
  answer: { input: AnswerInput, output: AnswerOutput },
  rate: { input: RateInput, output: RateOutput },
  list: { input: ListProposalsInput, output: ListProposalsOutput },
  get: { input: GetProposalInput, output: GetProposalOutput },
  stats: { input: CongressStatsInput, output: CongressStatsOutput },
  checkin: { input: CheckinCongressInput, output: CheckinCongressOutput },
  attendance: { input: AttendanceInput, output: AttendanceOutput },
  export: { input: ExportCongressInput, output: ExportCongressOutput }
} satisfies FunctionContract
