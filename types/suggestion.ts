import { z } from 'zod'
import { DateString, Id, Instant, MonthString } from './common'

export const SUGGESTION_CATEGORIES = ['教学', '后勤', '福利', '管理', '其他'] as const
export const SuggestionCategory = z.enum(SUGGESTION_CATEGORIES, { errorMap: () => ({ message: '类别只能是 教学、后勤、福利、管理 或 其他' }) })
export type SuggestionCategory = z.infer<typeof SuggestionCategory>

export const SuggestionStatus = z.enum(['received', 'forwarded', 'adopted', 'rejected', 'done'], {
  errorMap: () => ({ message: '状态只能是 已收到、已转交、已采纳、未采纳 或 已落实' })
})
export type SuggestionStatus = z.infer<typeof SuggestionStatus>
export const STATUS_LABELS: Record<SuggestionStatus, string> = {
  received: '已收到',
  forwarded: '已转交',
  adopted: '已采纳',
  rejected: '未采纳',
  done: '已落实'
}

export const MeritPrize = z.enum(['一等奖', '二等奖', '三等奖', '鼓励奖'], { errorMap: () => ({ message: '奖项只能是 一等奖、二等奖、三等奖 或 鼓励奖' }) })
export type MeritPrize = z.infer<typeof MeritPrize>
export const LUCKY_PRIZE = '幸运奖'

/** YYMM-XXXX: the Shanghai month, then 4 random readable characters (not in submission order). */
export const SuggestionNumber = z
  .string({ required_error: '请填写号码', invalid_type_error: '号码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase().replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{2}(0[1-9]|1[0-2])-[2-9A-HJKMNP-Z]{4}$/, '号码格式应为 2611-K7Q3'))
/** 8 readable characters, shown once at submission. */
export const ClaimCode = z
  .string({ required_error: '请填写领奖码', invalid_type_error: '领奖码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, '领奖码是 8 位字母或数字'))
const Content = z
  .string({ required_error: '请填写建议内容', invalid_type_error: '建议内容必须是文字' })
  .trim()
  .min(1, '请填写建议内容')
  .max(2000, '建议内容最多 2000 字')
const Department = z.string({ required_error: '请填写转交部门', invalid_type_error: '部门必须是文字' }).trim().min(1, '请填写转交部门').max(30, '部门最多 30 个字')
const ReplyText = z.string({ invalid_type_error: '答复必须是文字' }).trim().max(1000, '答复最多 1000 字')

/** One dated step of the 督导室's handling; day precision: these are the union's actions, not the author's. */
export const TimelineStep = z.object({
  status: SuggestionStatus,
  /** YYYY-MM-DD, Asia/Shanghai */
  date: DateString,
  note: z.string().optional(),
  department: z.string().optional(),
  /** YYYY-MM-DD the department should answer by */
  dueDate: DateString.optional()
})
export type TimelineStep = z.infer<typeof TimelineStep>

export const BoardItem = z.object({
  number: z.string(),
  /** YYYY-MM the suggestion was made in: the only time stored about the author's act */
  month: MonthString,
  content: z.string(),
  category: SuggestionCategory,
  status: SuggestionStatus,
  reply: z.string().nullable(),
  forwardedTo: z.string().optional(),
  prize: MeritPrize.optional(),
  lucky: z.boolean().optional(),
  claimed: z.boolean().optional(),
  timeline: z.array(TimelineStep)
})
export type BoardItem = z.infer<typeof BoardItem>

/** What the 督导室 sees on top of the board. */
export const DeskItem = BoardItem.extend({
  dueDate: DateString.optional(),
  /** Days past the due date, Shanghai calendar; 0 when not overdue. */
  overdueDays: z.number().int(),
  claimedAt: Instant.optional()
})
export type DeskItem = z.infer<typeof DeskItem>

export const DrawInfo = z.object({
  commitment: z.string(),
  count: z.number().int(),
  committedOn: DateString,
  secret: z.string().optional(),
  winners: z.array(z.string()).optional(),
  drawnOn: DateString.optional()
})
export type DrawInfo = z.infer<typeof DrawInfo>

export const SubmitInput = z.object({ content: Content, category: SuggestionCategory.default('其他') }).strict()
export type SubmitInput = z.infer<typeof SubmitInput>
export const SubmitOutput = z.object({ number: z.string(), claimCode: z.string(), month: MonthString })
export type SubmitOutput = z.infer<typeof SubmitOutput>

export const BoardInput = z.object({ month: MonthString.optional() }).strict()
export type BoardInput = z.infer<typeof BoardInput>
export const BoardOutput = z.object({
  month: MonthString,
  items: z.array(BoardItem),
  awardedOn: DateString.optional(),
  draw: DrawInfo.optional()
})
export type BoardOutput = z.infer<typeof BoardOutput>

export const InboxInput = z.object({ status: SuggestionStatus.optional(), month: MonthString.optional() }).strict()
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
    dueDate: DateString.optional()
  })
  .strict()
export type ReplyInput = z.infer<typeof ReplyInput>
export const ReplyOutput = DeskItem
export type ReplyOutput = z.infer<typeof ReplyOutput>

export const ForwardInput = z
  .object({ number: SuggestionNumber, forwardedTo: Department, dueDate: DateString, reply: ReplyText.optional() })
  .strict()
export type ForwardInput = z.infer<typeof ForwardInput>

export const AccessInput = z.object({}).strict()
export const AccessOutput = z.object({ desk: z.boolean(), chair: z.boolean() })
export type AccessOutput = z.infer<typeof AccessOutput>

export const SetSupervisorInput = z.object({ memberId: Id, supervisor: z.boolean({ required_error: '缺少是否督导员', invalid_type_error: '是否督导员应为是或否' }) }).strict()
export type SetSupervisorInput = z.infer<typeof SetSupervisorInput>
export const Supervisor = z.object({ memberId: Id, name: z.string(), unit: z.string(), supervisor: z.boolean() })
export type Supervisor = z.infer<typeof Supervisor>
export const SupervisorsInput = z.object({}).strict()
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
export const AwardOutput = z.object({ month: MonthString, winners: z.array(z.object({ number: z.string(), prize: MeritPrize })), noticeId: z.string().optional() })
export type AwardOutput = z.infer<typeof AwardOutput>

export const CommitDrawInput = z
  .object({
    month: MonthString,
    commitment: z
      .string({ required_error: '请填写承诺值', invalid_type_error: '承诺值必须是文字' })
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{64}$/, '承诺值是 64 位十六进制的 SHA-256'),
    count: z.number({ required_error: '请填写幸运奖名额', invalid_type_error: '名额必须是数字' }).int('名额必须是整数').min(1, '名额至少 1 个').max(20, '名额最多 20 个')
  })
  .strict()
export type CommitDrawInput = z.infer<typeof CommitDrawInput>
export const CommitDrawOutput = DrawInfo.extend({ month: MonthString })
export type CommitDrawOutput = z.infer<typeof CommitDrawOutput>

export const DrawInput = z
  .object({
    month: MonthString,
    secret: z.string({ required_error: '请填写抽奖密钥', invalid_type_error: '密钥必须是文字' }).min(16, '密钥至少 16 个字符').max(200, '密钥最多 200 个字符')
  })
  .strict()
export type DrawInput = z.infer<typeof DrawInput>
export const DrawOutput = CommitDrawOutput
export type DrawOutput = z.infer<typeof DrawOutput>

export const ClaimInput = z.object({ number: SuggestionNumber, claimCode: ClaimCode }).strict()
export type ClaimInput = z.infer<typeof ClaimInput>
export const ClaimOutput = z.object({ number: z.string(), prize: MeritPrize.optional(), lucky: z.boolean().optional(), claimedAt: Instant })
export type ClaimOutput = z.infer<typeof ClaimOutput>

export const SUGGESTION_LABELS: Record<string, string> = {
  content: '建议内容',
  category: '类别',
  number: '号码',
  claimCode: '领奖码',
  status: '状态',
  reply: '答复',
  forwardedTo: '转交部门',
  dueDate: '办理期限',
  month: '月份',
  winners: '获奖号码',
  prize: '奖项',
  commitment: '承诺值',
  count: '名额',
  secret: '密钥',
  supervisor: '是否督导员'
}
