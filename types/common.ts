import { z, type ZodTypeAny } from 'zod'

/**
 * What every call answers (code INTERNAL) before the environment's collections exist: the app
 * shows the chair 初始化 (member.setup) when it sees this message.
 */
export const NOT_INITIALISED = '云环境尚未初始化：请主席在「我的」页点「初始化」后再试'

/**
 * What a role-checked call answers (code FORBIDDEN) when this WeChat is bound to no member: the app
 * shows its 去绑定 prompt instead of the page when it sees this message.
 */
export const NOT_BOUND = '请先用邀请码绑定会员身份'

export const ErrorCode = z.enum(['BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'CLOSED', 'FULL', 'RATE_LIMITED', 'CONTENT_REJECTED', 'INTERNAL'])
export type ErrorCode = z.infer<typeof ErrorCode>

export interface AppErrorBody {
  code: ErrorCode
  message: string
}

/** The envelope every function answers. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody }

/** Roles in rising order of power; `none` is an openid with no bound member. */
export const Role = z.enum(['member', 'officer', 'chair'])
export type Role = z.infer<typeof Role>
export type CallerRole = Role | 'none'

export const Id = z
  .string({ invalid_type_error: 'id 必须是文字', required_error: '缺少 id' })
  .min(1, '缺少 id')
  .max(64, 'id 太长')
  .regex(/^[A-Za-z0-9_:-]+$/, 'id 格式不正确')
export type Id = z.infer<typeof Id>

/** ISO 8601 instant, e.g. 2026-11-24T02:00:00.000Z */
export const Instant = z.string({ invalid_type_error: '时间格式不正确' }).datetime({ offset: true, message: '时间格式不正确' })
export type Instant = z.infer<typeof Instant>

/** YYYY-MM-DD, a calendar date (Asia/Shanghai) */
export const DateString = z
  .string({ invalid_type_error: '日期格式应为 YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), '日期不存在')

/**
 * A Beijing calendar year as an action takes it: 2026, or "2026" as a query string or a picker gives
 * it (coerced to the number). A union, not z.preprocess, so a page's payload type stays
 * number | string. outOfRange: what a year before 2000 or after 2100 is told.
 */
export function YearInput(outOfRange: string) {
  const year = z.number({ invalid_type_error: '年份必须是数字' }).int('年份必须是整数').min(2000, outOfRange).max(2100, outOfRange)
  const digits = z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(year)
  // neither side took it (absent, "27", true); a year out of range says so itself
  return z.union([year, digits], {
    errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? '年份未填写' : typeof ctx.data === 'string' ? '年份必须是 4 位数字，如 2026' : '年份必须是数字' })
  })
}

/** YYYY-MM, a month in Asia/Shanghai */
export const MonthString = z.string({ invalid_type_error: '月份格式应为 YYYY-MM' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')

/** Chinese labels of the fields, so BAD_REQUEST can name the field a member got wrong. */
export const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  name: '姓名',
  unit: '部门',
  gender: '性别',
  birthday: '生日',
  lunarBirthday: '农历生日',
  retired: '退休',
  phone: '手机号',
  joinedAt: '入会日期',
  members: '成员名单',
  inviteCode: '邀请码',
  memberId: '成员',
  role: '角色',
  templateKey: '消息模板',
  accepted: '是否同意',
  action: '操作'
}

/** One action's contract: the payload it takes and the data it answers (types/contract.ts). */
export interface ActionSchemas {
  input: ZodTypeAny
  output: ZodTypeAny
}
/** A function's actions by name; each function's map `satisfies` this. */
export type FunctionContract = Record<string, ActionSchemas>

/** What every export action answers: a cloud file, and locally a URL to fetch it from (src/lib/open-export.ts). */
export const ExportedFile = z.object({ fileID: z.string(), url: z.string().optional(), fileName: z.string() })
export type ExportedFile = z.infer<typeof ExportedFile>
