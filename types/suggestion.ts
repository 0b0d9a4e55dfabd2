import { z } from 'zod'
import { DateString, Instant, MonthString } from './common'

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
const Content = z.string({ required_error: '请填写建议内容', invalid_type_error: '建议内容必须是文字' }).trim().min(1, '请填写建议内容').max(2000, '建议内容最多 2000 字')

/** One dated step of the 督导室's handling; day precision: these are the union's actions, not the author's. */
export const TimelineStep = z.object({
  /** Names the step for editStep / withdrawStep; steps recorded before ids existed have none. */
  id: z.string().optional(),
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
  claimedAt: Instant.optional(),
  /** Ids of the steps that may still be corrected or withdrawn: those recorded today (Beijing). */
  changeableSteps: z.array(z.string())
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
  /** Before the month has closed (Beijing): the day awards for it open. */
  awardOpensOn: DateString.optional(),
  /** Once awarded, while the chair may still correct the prizes: the last such day (inclusive). */
  awardCorrectableUntil: DateString.optional(),
  draw: DrawInfo.optional()
})
export type BoardOutput = z.infer<typeof BoardOutput>

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
  requestId: '请求编号',
  stepId: '步骤',
  supervisor: '是否督导员'
}
