import { z } from 'zod'
import { DateString, Instant, MonthString } from './common'
import { DrawInfo } from './suggestion-draw'

export const SUGGESTION_CATEGORIES = ['教学', '后勤', '福利', '管理', '其他'] as const
/** An objection to a 公示 (评优 results), sent from the ballot's results page to the 督导室 as anonymously as a suggestion. */
export const OBJECTION_CATEGORY = '公示异议'
export const SuggestionCategory = z.enum([...SUGGESTION_CATEGORIES, OBJECTION_CATEGORY], { errorMap: () => ({ message: '类别只能是 教学、后勤、福利、管理 或 其他' }) })
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

/** One hiding of names before publication: the original text is kept nowhere. */
export const Redaction = z.object({
  /** e.g. 工会主席 王芳 / 督导员 王建国: the hiding is the union's act, so it is signed */
  by: z.string(),
  /** YYYY-MM-DD, Asia/Shanghai */
  date: DateString,
  count: z.number().int()
})
export type Redaction = z.infer<typeof Redaction>

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
  timeline: z.array(TimelineStep),
  /** Personal names the 督导室 hid before publication, in all */
  redacted: z.number().int().optional(),
  /** Each hiding, on the public timeline: who, which day, how many */
  redactions: z.array(Redaction).optional(),
  /** 附议 count */
  seconds: z.number().int().optional()
})
export type BoardItem = z.infer<typeof BoardItem>

/** What the 督导室 sees on top of the board. */
export const DeskItem = BoardItem.extend({
  dueDate: DateString.optional(),
  /** Days past the due date, Shanghai calendar; 0 when not overdue. */
  overdueDays: z.number().int(),
  claimedAt: Instant.optional(),
  /** Not yet on the board: when its batch goes out (names may still be hidden until then) */
  publishesAt: Instant.optional(),
  /** Ids of the steps that may still be corrected or withdrawn: those recorded today (Beijing). */
  changeableSteps: z.array(z.string())
})
export type DeskItem = z.infer<typeof DeskItem>

// the lucky draw's public record, keyholders and all, lives in types/suggestion-draw.ts
export { DrawInfo }

/** YYYY-MM-DD: the Monday (Beijing) of a week of submission tokens; it names the week's signing key. */
export const TokenWeek = DateString
const HexString = (what: string) => z.string({ required_error: `请附上${what}`, invalid_type_error: `${what}格式不对` }).regex(/^[0-9a-f]+$/, `${what}格式不对，请刷新后重试`)
/** Submission tokens a member may take per Beijing week (the rate limit lives in issuance). */
export const WEEKLY_TOKENS = 5

/** 领券, the identified step: `blinded` empty asks only for the week's key and what is left. */
export const TokensInput = z.object({ week: TokenWeek.optional(), blinded: z.array(HexString('盲化值')).max(WEEKLY_TOKENS, `每周最多领 ${WEEKLY_TOKENS} 张提交券`).default([]) }).strict()
export type TokensInput = z.infer<typeof TokensInput>
export const TokensOutput = z.object({
  week: TokenWeek,
  /** The week's RSA public key, big-endian hex (docs/anonymity.md) */
  publicKey: z.object({ n: z.string(), e: z.string() }),
  /** One blind signature per blinded value sent, in order */
  blindSignatures: z.array(z.string()),
  taken: z.number().int(),
  limit: z.number().int(),
  /** YYYY-MM-DD: the next Monday (Beijing), when the next week's tokens come */
  renewsOn: DateString
})
export type TokensOutput = z.infer<typeof TokensOutput>

/** 投递, the anonymous step: a token of this week or last, and its unblinded signature. */
export const SubmitInput = z
  .object({
    content: Content,
    category: SuggestionCategory.default('其他'),
    week: TokenWeek,
    token: z.string({ required_error: '请附上提交券', invalid_type_error: '提交券格式不对' }).regex(/^[0-9a-f]{64}$/, '提交券格式不对，请刷新后重试'),
    signature: HexString('签名')
  })
  .strict()
export type SubmitInput = z.infer<typeof SubmitInput>
export const SubmitOutput = z.object({
  number: z.string(),
  claimCode: z.string(),
  month: MonthString,
  /** When the batch holding it goes on the board: 17:00 Beijing, today's or tomorrow's */
  publishesAt: Instant
})
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

const Name = z.string({ invalid_type_error: '人名必须是文字' }).trim().min(1, '请填写要隐去的人名').max(20, '一个人名最多 20 个字')
/** 隐去人名 (chair or 督导员, before publication): every occurrence of each name becomes ××; the original is kept nowhere. */
export const RedactInput = z
  .object({ number: SuggestionNumber, names: z.array(Name, { required_error: '请填写要隐去的人名' }).min(1, '请填写要隐去的人名').max(10, '一次最多隐去 10 个人名') })
  .strict()
export type RedactInput = z.infer<typeof RedactInput>
export const RedactOutput = z.object({ number: z.string(), content: z.string(), hidden: z.number().int(), redacted: z.number().int() })
export type RedactOutput = z.infer<typeof RedactOutput>

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
  memberIds: '密钥保管人',
  requestId: '请求编号',
  stepId: '步骤',
  supervisor: '是否督导员',
  week: '领券周',
  blinded: '盲化值',
  token: '提交券',
  items: '附议券',
  signature: '签名',
  names: '要隐去的人名'
}
