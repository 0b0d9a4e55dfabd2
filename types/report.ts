import { z } from 'zod'
import { ExportedFile, MonthString, YearInput, type FunctionContract } from './common'

const Year = YearInput('年份应在 2000–2100 之间')

/** The outline school unions write their 工作总结 in, in its order. */
export const ReportSection = z.enum(['democracy', 'culture', 'care', 'organisation'])
export type ReportSection = z.infer<typeof ReportSection>
/** The parts by the plain names DESIGN gives them. */
export const ReportSectionName = z.enum(['民主管理', '文体活动', '送温暖', '组织建设'])
export type ReportSectionName = z.infer<typeof ReportSectionName>
export const REPORT_SECTION_NAMES: Record<ReportSection, ReportSectionName> = {
  democracy: '民主管理',
  culture: '文体活动',
  care: '送温暖',
  organisation: '组织建设'
}
/** The headings of the drafted 工作总结: the name with its ordinal (一、民主管理 …). */
export const REPORT_SECTION_LABELS = Object.fromEntries(ReportSection.options.map((s, i) => [s, `${'一二三四'[i]}、${REPORT_SECTION_NAMES[s]}`])) as Record<ReportSection, string>

/** One number of the report. A figure the app cannot know is left out, never shown as 0. */
export const Figure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number(),
  /** 次, 人次, 条, 元, %, 人 */
  unit: z.string(),
  /** The list it counts, by name: 「2027 年发布的校务公开」. */
  source: z.string(),
  /** The app page that lists it ('/pages/activities/index'), when the app has one. */
  page: z.string().optional(),
  /** How it was counted, when that is not obvious (未设办理期限的按期计). */
  note: z.string().optional()
})
export type Figure = z.infer<typeof Figure>

export const Section = z.object({
  key: ReportSection,
  /** 民主管理 … 组织建设 */
  name: ReportSectionName,
  /** 一、民主管理 … 四、组织建设 */
  title: z.string(),
  figures: z.array(Figure)
})
export type Section = z.infer<typeof Section>

/** One Beijing month of 文体活动, for the by-month line. */
export const MonthRow = z.object({
  /** YYYY-MM, Asia/Shanghai */
  month: MonthString,
  activities: z.number().int(),
  signups: z.number().int(),
  attended: z.number().int(),
  /** Members with at least one sign-up or check-in that month */
  participants: z.number().int(),
  /** participants / members on the roll at the month's end, in %; absent when the roll is empty */
  rate: z.number().optional()
})
export type MonthRow = z.infer<typeof MonthRow>

/** One 部门 over the period: its 人次 and 参与率, and who joined and left it. */
export const UnitRow = z.object({
  unit: z.string(),
  /** on the roll at the period's end */
  members: z.number().int(),
  joined: z.number().int(),
  left: z.number().int(),
  signups: z.number().int(),
  attended: z.number().int(),
  /** members of the unit on the roll with at least one sign-up or check-in in the period */
  participants: z.number().int(),
  /** participants / members, in %; absent when the unit has no one on the roll */
  rate: z.number().optional()
})
export type UnitRow = z.infer<typeof UnitRow>

/** 慰问 of one occasion: 人次 and 金额 (元), for the chart. */
export const OccasionRow = z.object({ occasion: z.string(), label: z.string(), count: z.number().int(), amount: z.number() })
export type OccasionRow = z.infer<typeof OccasionRow>

const Period = z.object({
  sections: z.array(Section),
  units: z.array(UnitRow),
  care: z.array(OccasionRow),
  /** Nothing happened in the period (every count of an event is 0): the page says so instead of listing zeros. */
  empty: z.boolean()
})

export const ReportYearInput = z.object({ year: Year }).strict()
export type ReportYearInput = z.infer<typeof ReportYearInput>
export const ReportYearOutput = Period.extend({ year: z.number().int(), months: z.array(MonthRow) })
export type ReportYearOutput = z.infer<typeof ReportYearOutput>

export const ReportMonthInput = z.object({ month: MonthString }).strict()
export type ReportMonthInput = z.infer<typeof ReportMonthInput>
export const ReportMonthOutput = Period.extend({ month: MonthString })
export type ReportMonthOutput = z.infer<typeof ReportMonthOutput>

/** What a plan item is matched against: any kind looks in every list. */
export const PlanKind = z.enum(['activity', 'competition', 'notice', 'ballot', 'any'], {
  errorMap: () => ({ message: '类型只能是 活动、比赛、通知、投票 或 不限' })
})
export type PlanKind = z.infer<typeof PlanKind>
export const PLAN_KIND_LABELS: Record<PlanKind, string> = { activity: '活动', competition: '比赛', notice: '通知', ballot: '投票', any: '不限' }

const PlanMonth = z.number({ required_error: '请填写月份', invalid_type_error: '月份必须是数字' }).int('月份必须是整数').min(1, '月份应在 1–12 之间').max(12, '月份应在 1–12 之间')

export const PlanItem = z
  .object({
    /** 1–12 of the plan's year */
    month: PlanMonth,
    title: z.string({ required_error: '请填写计划内容', invalid_type_error: '计划内容必须是文字' }).trim().min(1, '请填写计划内容').max(40, '每项计划最多 40 个字'),
    kind: PlanKind.default('any')
  })
  .strict()
export type PlanItem = z.infer<typeof PlanItem>

/** A plan item as sent: its month 1–12, or YYYY-MM of the plan's year (SetPlanInput checks the year and hands setPlan the 1–12). */
const PlanItemInput = PlanItem.extend({
  month: z.union([PlanMonth, MonthString], { errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? '月份未填写' : '月份应为 1–12 或 YYYY-MM' }) })
})

export const SetPlanInput = z
  .object({ year: Year, items: z.array(PlanItemInput, { invalid_type_error: '计划必须是列表' }).max(100, '一年最多 100 项计划') })
  .strict()
  .superRefine((plan, ctx) =>
    plan.items.forEach((it, i) => {
      if (typeof it.month === 'string' && typeof plan.year === 'number' && Number(it.month.slice(0, 4)) !== plan.year)
        ctx.addIssue({ code: 'custom', path: ['items', i, 'month'], message: `月份应在 ${plan.year} 年内` })
    })
  )
  .transform((plan) => ({ ...plan, items: plan.items.map((it): PlanItem => ({ ...it, month: typeof it.month === 'string' ? Number(it.month.slice(5)) : it.month })) }))
export type SetPlanInput = z.infer<typeof SetPlanInput>

/** What a plan item was matched to, or null when nothing like it happened that month. */
export const PlanDone = z.object({ kind: PlanKind, title: z.string(), date: z.string() })
export const PlanRow = PlanItem.extend({ done: PlanDone.nullable() })
export type PlanRow = z.infer<typeof PlanRow>

export const PlanInput = z.object({ year: Year }).strict()
export type PlanInput = z.infer<typeof PlanInput>
export const PlanOutput = z.object({
  year: z.number().int(),
  items: z.array(PlanRow),
  done: z.number().int(),
  /** When the chair last saved it; absent when there is no plan for the year. */
  updatedAt: z.string().optional()
})
export type PlanOutput = z.infer<typeof PlanOutput>
export const SetPlanOutput = PlanOutput
export type SetPlanOutput = z.infer<typeof SetPlanOutput>

export const ReportFormat = z.enum(['docx', 'xlsx'], { errorMap: () => ({ message: '格式只能是 docx（Word）或 xlsx（Excel）' }) })
/** The year's 工作总结 ({ year }) or a month's 月报 ({ month }). */
export const ExportReportInput = z
  .object({ year: Year.optional(), month: MonthString.optional(), format: ReportFormat })
  .strict()
  .refine((i) => (i.year === undefined) !== (i.month === undefined), { message: '请选择年份（工作总结）或月份（月报），二选一', path: ['year'] })
export type ExportReportInput = z.infer<typeof ExportReportInput>
export const ExportReportOutput = ExportedFile
export type ExportReportOutput = z.infer<typeof ExportReportOutput>

export const REPORT_LABELS: Record<string, string> = { year: '年份', month: '月份', items: '计划', title: '计划内容', kind: '类型', format: '格式' }

export const reportContract = {
  year: { input: ReportYearInput, output: ReportYearOutput },
  month: { input: ReportMonthInput, output: ReportMonthOutput },
  plan: { input: PlanInput, output: PlanOutput },
  setPlan: { input: SetPlanInput, output: SetPlanOutput },
  export: { input: ExportReportInput, output: ExportReportOutput }
} satisfies FunctionContract
