import { z } from 'zod'
import { DateString, Id, MonthString } from './common'
import { DeskItem, MeritPrize, SuggestionNumber, SuggestionStatus } from './suggestion'
import { Commitment, DrawMonthOutput } from './suggestion-draw'

// The 督导室's actions: inbox, 督办, dated steps, 督导员, awards and the verifiable draw.
const Department = z.string({ required_error: '请填写转交部门', invalid_type_error: '部门必须是文字' }).trim().min(1, '请填写转交部门').max(30, '部门最多 30 个字')
const ReplyText = z.string({ invalid_type_error: '答复必须是文字' }).trim().max(1000, '答复最多 1000 字')
/** Made by the page once per filled-in step: a double tap or a retry carries the same key and records the step once. */
const RequestId = z.string({ invalid_type_error: '请求编号必须是文字' }).regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不对，请刷新页面再试')
const StepId = z.string({ required_error: '缺少要修改的步骤', invalid_type_error: '步骤必须是文字' }).min(1, '缺少要修改的步骤').max(64, '步骤编号不对')

/** By default the new ones; or a status and/or month; or one suggestion by its number (the 办理 page). */
export const InboxInput = z.object({ status: SuggestionStatus.optional(), month: MonthString.optional(), number: SuggestionNumber.optional() }).strict()
export type InboxInput = z.infer<typeof InboxInput>
export const InboxOutput = z.object({ items: z.array(DeskItem) })
export type InboxOutput = z.infer<typeof InboxOutput>

export const OverdueInput = z.object({}).strict()
export type OverdueInput = z.infer<typeof OverdueInput>
export const OverdueOutput = InboxOutput
export type OverdueOutput = z.infer<typeof OverdueOutput>

export const ReplyInput = z
  .object({
    number: SuggestionNumber,
    status: SuggestionStatus,
    reply: ReplyText.optional(),
    forwardedTo: Department.optional(),
    dueDate: DateString.optional(),
    requestId: RequestId.optional()
  })
  .strict()
export type ReplyInput = z.infer<typeof ReplyInput>
export const ReplyOutput = DeskItem
export type ReplyOutput = z.infer<typeof ReplyOutput>

export const ForwardInput = z.object({ number: SuggestionNumber, forwardedTo: Department, dueDate: DateString, reply: ReplyText.optional(), requestId: RequestId.optional() }).strict()
export type ForwardInput = z.infer<typeof ForwardInput>
export const ForwardOutput = ReplyOutput
export type ForwardOutput = z.infer<typeof ForwardOutput>

/** Corrects a step recorded today: the given fields replace the step's own (an empty reply clears its text). */
export const EditStepInput = z.object({ number: SuggestionNumber, stepId: StepId, reply: ReplyText.optional(), forwardedTo: Department.optional(), dueDate: DateString.optional() }).strict()
export type EditStepInput = z.infer<typeof EditStepInput>
export const EditStepOutput = DeskItem
export type EditStepOutput = z.infer<typeof EditStepOutput>

/** Takes back a step recorded today; it leaves the public board. */
export const WithdrawStepInput = z.object({ number: SuggestionNumber, stepId: StepId }).strict()
export type WithdrawStepInput = z.infer<typeof WithdrawStepInput>
export const WithdrawStepOutput = DeskItem
export type WithdrawStepOutput = z.infer<typeof WithdrawStepOutput>

export const AccessInput = z.object({}).strict()
export type AccessInput = z.infer<typeof AccessInput>
export const AccessOutput = z.object({ desk: z.boolean(), chair: z.boolean() })
export type AccessOutput = z.infer<typeof AccessOutput>

export const SetSupervisorInput = z.object({ memberId: Id, supervisor: z.boolean({ required_error: '缺少是否督导员', invalid_type_error: '是否督导员应为是或否' }) }).strict()
export type SetSupervisorInput = z.infer<typeof SetSupervisorInput>
export const Supervisor = z.object({ memberId: Id, name: z.string(), unit: z.string(), supervisor: z.boolean() })
export type Supervisor = z.infer<typeof Supervisor>
export const SetSupervisorOutput = Supervisor
export type SetSupervisorOutput = z.infer<typeof SetSupervisorOutput>
export const SupervisorsInput = z.object({}).strict()
export type SupervisorsInput = z.infer<typeof SupervisorsInput>
export const SupervisorsOutput = z.object({ items: z.array(Supervisor) })
export type SupervisorsOutput = z.infer<typeof SupervisorsOutput>

export const AwardInput = z
  .object({
    month: MonthString,
    winners: z
      .array(z.object({ number: SuggestionNumber, prize: MeritPrize }).strict(), { required_error: '请填写获奖号码', invalid_type_error: '获奖号码必须是列表' })
      .min(1, '请至少填写一个获奖号码')
      .max(50, '一个月最多 50 个获奖号码')
  })
  .strict()
export type AwardInput = z.infer<typeof AwardInput>
export const AwardOutput = z.object({
  month: MonthString,
  winners: z.array(z.object({ number: z.string(), prize: MeritPrize })),
  noticeId: z.string().optional(),
  /** The last day (Beijing, inclusive) the chair may still correct these prizes. */
  correctableUntil: DateString
})
export type AwardOutput = z.infer<typeof AwardOutput>

export const CommitDrawInput = z
  .object({
    month: MonthString,
    commitment: Commitment,
    /** Ignored since keyholders: the count is fixed by setKeyholders. */
    count: z.number({ required_error: '请填写幸运奖名额', invalid_type_error: '名额必须是数字' }).int('名额必须是整数').min(1, '名额至少 1 个').max(20, '名额最多 20 个').optional()
  })
  .strict()
export type CommitDrawInput = z.infer<typeof CommitDrawInput>
export const CommitDrawOutput = DrawMonthOutput
export type CommitDrawOutput = z.infer<typeof CommitDrawOutput>

export const DrawInput = z
  .object({
    month: MonthString,
    /** Given: the chair's own reveal (as reveal). Without: complete the draw once every key is revealed or the deadline has passed. */
    secret: z.string({ required_error: '请填写抽奖密钥', invalid_type_error: '密钥必须是文字' }).trim().min(16, '密钥至少 16 个字符').max(200, '密钥最多 200 个字符').optional()
  })
  .strict()
export type DrawInput = z.infer<typeof DrawInput>
export const DrawOutput = CommitDrawOutput
export type DrawOutput = z.infer<typeof DrawOutput>
