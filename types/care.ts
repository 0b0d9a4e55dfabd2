import { z } from 'zod'
import { DateString, ExportedFile, Id, Instant, YearInput, type FunctionContract } from './common'
import { NoticeAudience } from './notice'

/** 五必访 and the union's other occasions for 慰问. */
export const CareOccasion = z.enum(['illness', 'birth', 'wedding', 'bereavement', 'retirement', 'hardship', 'festival', 'other'], {
  errorMap: () => ({ message: '慰问事由只能是 生病住院、生育、结婚、丧事、退休、困难帮扶、节日慰问 或 其他' })
})
export type CareOccasion = z.infer<typeof CareOccasion>

export const CARE_OCCASION_LABELS: Record<CareOccasion, string> = {
  illness: '生病住院',
  birth: '生育',
  wedding: '结婚',
  bereavement: '直系亲属去世',
  retirement: '退休',
  hardship: '困难帮扶',
  festival: '节日慰问',
  other: '其他'
}

/** 元, whole yuan: the union's ledger and the caps are in whole yuan. */
const Yuan = z.number({ invalid_type_error: '金额必须是数字' }).int('金额请填写整数元').min(0, '金额不能为负').max(100000, '金额最多 100000 元')
const Note = z.string({ invalid_type_error: '备注必须是文字' }).trim().max(200, '备注最多 200 个字')
const Text = (label: string, max: number) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}必须是文字` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`)
/** A Beijing calendar year: 2026 or "2026". */
const Year = YearInput('年份不正确')
export const CareRequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')

/** One occasion's rule: the standard amount, the yearly cap per member, the days to visit in. */
export const CareRule = z.object({
  /** the standard amount the record form suggests, 元 */
  amount: Yuan,
  /** the most one member may receive for this occasion in a Beijing calendar year, 元 */
  cap: Yuan,
  /** a reported case is to be visited within this many days */
  dueDays: z.number({ invalid_type_error: '天数必须是数字' }).int('天数必须是整数').min(0, '天数不能为负').max(60, '天数最多 60 天')
})
export type CareRule = z.infer<typeof CareRule>

export const CareRuleItem = CareRule.extend({ occasion: CareOccasion, label: z.string() })
export type CareRuleItem = z.infer<typeof CareRuleItem>

export const CareRulesInput = z.object({}).strict()
export type CareRulesInput = z.infer<typeof CareRulesInput>
export const CareRulesOutput = z
  .object({
    items: z.array(CareRuleItem),
    /** where the default figures come from, shown under the table */
    source: z.string(),
    updatedAt: Instant.optional(),
    /** YYYY-MM-DD, Beijing, by the server's clock: the record form's default and latest date */
    today: z.string(),
    /** what the caller may do here, as the server decides */
    can: z.object({ setRules: z.boolean(), hardship: z.boolean(), override: z.boolean() })
  })
  // and each occasion's rule by its key, in the `{ [occasion]: { amount, cap, dueDays } }` form DESIGN.md gives setRules
  .extend(Object.fromEntries(CareOccasion.options.map((o) => [o, CareRule])) as Record<CareOccasion, typeof CareRule>)
export type CareRulesOutput = z.infer<typeof CareRulesOutput>

export const SetCareRulesInput = z.record(CareOccasion, CareRule.partial().strict(), { invalid_type_error: '规则格式不正确' }).refine((r) => Object.keys(r).length > 0, '请至少修改一项规则')
export type SetCareRulesInput = z.infer<typeof SetCareRulesInput>
export const SetCareRulesOutput = CareRulesOutput
export type SetCareRulesOutput = z.infer<typeof SetCareRulesOutput>

export const CareTaskStatus = z.enum(['open', 'done'])
export const CareTask = z.object({
  id: Id,
  memberId: Id,
  name: z.string(),
  unit: z.string(),
  occasion: CareOccasion,
  note: z.string().optional(),
  reportedBy: z.string(),
  reportedAt: Instant,
  /** YYYY-MM-DD, Beijing: visit by the end of this day */
  dueDate: z.string(),
  assignee: z.object({ id: Id, name: z.string() }).optional(),
  status: CareTaskStatus,
  /** past its due date (Beijing) and still open */
  overdue: z.boolean(),
  recordId: Id.optional()
})
export type CareTask = z.infer<typeof CareTask>

export const ReportCareInput = z
  .object({
    memberId: Id,
    occasion: CareOccasion,
    note: Note.optional(),
    /** the 慰问员 to visit; absent: any of them */
    assigneeId: Id.optional(),
    requestId: CareRequestId.optional()
  })
  .strict()
export type ReportCareInput = z.infer<typeof ReportCareInput>
export const ReportCareOutput = CareTask
export type ReportCareOutput = z.infer<typeof ReportCareOutput>

export const CareTasksInput = z.object({ status: z.enum(['open', 'done', 'all'], { errorMap: () => ({ message: '状态只能是 待走访、已走访 或 全部' }) }).optional() }).strict()
export type CareTasksInput = z.infer<typeof CareTasksInput>
export const CareTasksOutput = z.object({ items: z.array(CareTask) })
export type CareTasksOutput = z.infer<typeof CareTasksOutput>
export const CareOverdueInput = z.object({}).strict()
export type CareOverdueInput = z.infer<typeof CareOverdueInput>
export const CareOverdueOutput = CareTasksOutput
export type CareOverdueOutput = z.infer<typeof CareOverdueOutput>

export const CareRecord = z.object({
  id: Id,
  memberId: Id,
  name: z.string(),
  unit: z.string(),
  occasion: CareOccasion,
  /** YYYY-MM-DD, Beijing */
  date: z.string(),
  amount: z.number().optional(),
  gift: z.string().optional(),
  visitors: z.array(z.string()),
  note: z.string().optional(),
  taskId: Id.optional(),
  /** past the year's cap: the reason, and who recorded it so (the chair or a 慰问员) */
  override: z.object({ reason: z.string(), by: z.string() }).optional(),
  recordedBy: z.string(),
  createdAt: Instant
})
export type CareRecord = z.infer<typeof CareRecord>

export const RecordCareInput = z
  .object({
    memberId: Id,
    occasion: CareOccasion,
    date: DateString,
    amount: Yuan.optional(),
    gift: Text('慰问品', 40).optional(),
    visitors: z.array(Text('走访人', 20), { invalid_type_error: '走访人必须是列表' }).max(10, '走访人最多 10 位').optional(),
    note: Note.optional(),
    taskId: Id.optional(),
    override: z
      .object({ reason: Text('超限理由', 100) })
      .strict()
      .optional(),
    requestId: CareRequestId.optional()
  })
  .strict()
  .refine((r) => r.amount !== undefined || r.gift !== undefined, { message: '请填写慰问金额或慰问品', path: ['amount'] })
export type RecordCareInput = z.infer<typeof RecordCareInput>
export const RecordCareOutput = CareRecord
export type RecordCareOutput = z.infer<typeof RecordCareOutput>

export const ListCareInput = z.object({ year: Year.optional(), memberId: Id.optional() }).strict()
export type ListCareInput = z.infer<typeof ListCareInput>
/** yearTotals: with memberId, what that member has received this year per occasion against its cap (shown while recording). */
export const ListCareOutput = z.object({
  items: z.array(CareRecord),
  yearTotals: z.array(z.object({ occasion: CareOccasion, label: z.string(), amount: z.number(), cap: z.number(), count: z.number().int() })).optional()
})
export type ListCareOutput = z.infer<typeof ListCareOutput>

export const ForgottenInput = z.object({ year: Year }).strict()
export type ForgottenInput = z.infer<typeof ForgottenInput>
export const ForgottenOutput = z.object({ items: z.array(z.object({ memberId: Id, name: z.string(), unit: z.string(), retired: z.boolean() })) })
export type ForgottenOutput = z.infer<typeof ForgottenOutput>

/**
 * Who a 福利发放 goes to, in the notices' audience shape (units, tags narrowing them; hidden tags
 * refused); absent: every active member. Inactive members are never on the list.
 */
export const CareAudience = z
  .object({
    units: NoticeAudience.shape.units,
    tags: NoticeAudience.shape.tags,
    retired: z.boolean({ invalid_type_error: '退休应为是或否' }).optional()
  })
  .strict()
export type CareAudience = z.infer<typeof CareAudience>

export const Distribution = z.object({
  id: Id,
  title: z.string(),
  gift: z.string(),
  createdAt: Instant,
  total: z.number().int(),
  collected: z.number().int()
})
export type Distribution = z.infer<typeof Distribution>

export const DistributeInput = z.object({ title: Text('标题', 30), gift: Text('发放物品', 40), audience: CareAudience.optional(), requestId: CareRequestId.optional() }).strict()
export type DistributeInput = z.infer<typeof DistributeInput>
export const DistributeOutput = Distribution
export type DistributeOutput = z.infer<typeof DistributeOutput>

export const DistributionsInput = z.object({}).strict()
export type DistributionsInput = z.infer<typeof DistributionsInput>
/** the chair's and the 慰问员's; can.distribute is kept for the page, which offers 发放 when it is true */
export const DistributionsOutput = z.object({
  items: z.array(Distribution),
  can: z.object({ distribute: z.boolean() }),
  /** what the audience picker offers (to those who may distribute): the roster's units and its visible tags */
  choices: z.object({ units: z.array(z.string()), tags: z.array(z.string()) }).optional()
})
export type DistributionsOutput = z.infer<typeof DistributionsOutput>

export const CollectInput = z.object({ distributionId: Id, memberId: Id.optional() }).strict()
export type CollectInput = z.infer<typeof CollectInput>
export const CollectOutput = z.object({
  memberId: Id,
  name: z.string(),
  collectedAt: Instant,
  /** who marked it: the member's own name when they confirmed on their phone */
  markedBy: z.string(),
  /** false when it had been confirmed before (a second tap changes nothing) */
  first: z.boolean()
})
export type CollectOutput = z.infer<typeof CollectOutput>

export const UncollectedInput = z.object({ distributionId: Id }).strict()
export type UncollectedInput = z.infer<typeof UncollectedInput>
export const UncollectedOutput = z.object({
  distribution: Distribution,
  /** by unit, every unit (the list is the chair's and the 慰问员's) */
  units: z.array(z.object({ unit: z.string(), total: z.number().int(), left: z.array(z.object({ memberId: Id, name: z.string() })) }))
})
export type UncollectedOutput = z.infer<typeof UncollectedOutput>

export const ExportCareInput = z
  .object({ distributionId: Id.optional(), year: Year.optional() })
  .strict()
  .refine((r) => (r.distributionId === undefined) !== (r.year === undefined), { message: '请选择一次发放（签收表）或一个年份（台账）', path: ['distributionId'] })
export type ExportCareInput = z.infer<typeof ExportCareInput>
export const ExportCareOutput = ExportedFile
export type ExportCareOutput = z.infer<typeof ExportCareOutput>

export const HardshipLevel = z.enum(['general', 'serious', 'extreme'], { errorMap: () => ({ message: '困难程度只能是 一般困难、较重困难 或 特别困难' }) })
export const HARDSHIP_LEVEL_LABELS: Record<z.infer<typeof HardshipLevel>, string> = { general: '一般困难', serious: '较重困难', extreme: '特别困难' }

export const HardshipFile = z.object({
  memberId: Id,
  name: z.string(),
  unit: z.string(),
  cause: z.string(),
  level: HardshipLevel,
  measures: z.string(),
  /** 元 given under 困难帮扶 this year, from the care records */
  amountThisYear: z.number(),
  /** YYYY-MM-DD: the yearly review falls due on this day */
  reviewDue: z.string(),
  reviewOverdue: z.boolean(),
  updatedAt: Instant
})
export type HardshipFile = z.infer<typeof HardshipFile>

export const HardshipInput = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('list') }).strict(),
    z.object({ op: z.literal('create'), memberId: Id, cause: Text('致困原因', 200), level: HardshipLevel, measures: Text('帮扶措施', 500) }).strict(),
    z
      .object({
        op: z.literal('update'),
        memberId: Id,
        cause: Text('致困原因', 200).optional(),
        level: HardshipLevel.optional(),
        measures: Text('帮扶措施', 500).optional(),
        reviewed: z.boolean().optional()
      })
      .strict(),
    /** the chair names the one keeper of the files */
    z.object({ op: z.literal('keeper'), memberId: Id }).strict()
  ],
  { errorMap: () => ({ message: '操作 op 只能是 list、create、update 或 keeper' }) }
)
export type HardshipInput = z.infer<typeof HardshipInput>
/** list, update and keeper: every file, and who keeps them. */
export const HardshipList = z.object({ items: z.array(HardshipFile), keeper: z.object({ id: Id, name: z.string() }).nullable() })
export type HardshipList = z.infer<typeof HardshipList>
/** create: the created file with its id (the member's id: one file per member) at the top, and the list beside it. */
export const HardshipCreated = HardshipFile.extend({ id: Id }).merge(HardshipList)
export type HardshipCreated = z.infer<typeof HardshipCreated>
export const HardshipOutput = z.union([HardshipCreated, HardshipList])
export type HardshipOutput = z.infer<typeof HardshipOutput>

export const CareStatsInput = z.object({ year: Year }).strict()
export type CareStatsInput = z.infer<typeof CareStatsInput>
export const CareStatsOutput = z.object({
  year: z.number().int(),
  /** 人次 and 金额 (元) by occasion */
  items: z.array(z.object({ occasion: CareOccasion, label: z.string(), count: z.number().int(), amount: z.number() })),
  total: z.object({ count: z.number().int(), amount: z.number() }),
  /** totals only: the files themselves are the chair's and the keeper's */
  hardship: z.object({ files: z.number().int() })
})
export type CareStatsOutput = z.infer<typeof CareStatsOutput>

export const CareMineInput = z.object({}).strict()
export type CareMineInput = z.infer<typeof CareMineInput>
export const CareMineOutput = z.object({
  items: z.array(z.object({ id: Id, occasion: CareOccasion, label: z.string(), date: z.string(), amount: z.number().optional(), gift: z.string().optional(), visitors: z.array(z.string()) })),
  gifts: z.array(z.object({ distributionId: Id, title: z.string(), gift: z.string(), collectedAt: Instant.optional(), markedBy: z.string().optional() })),
  /** the way into the care pages, as the server decides: the chair and the 慰问员 may manage, report and see the 签收 lists; nobody else */
  can: z.object({ manage: z.boolean(), report: z.boolean(), collect: z.boolean() })
})
export type CareMineOutput = z.infer<typeof CareMineOutput>

/** The members a report or record may be about (active ones), for the form's picker: the 慰问员 need not be officers to look them up. */
export const CareMembersInput = z.object({ q: z.string({ invalid_type_error: '搜索词必须是文字' }).trim().max(20, '搜索词最多 20 个字').optional() }).strict()
export type CareMembersInput = z.infer<typeof CareMembersInput>
export const CareMembersOutput = z.object({ items: z.array(z.object({ memberId: Id, name: z.string(), unit: z.string(), retired: z.boolean() })) })
export type CareMembersOutput = z.infer<typeof CareMembersOutput>

export const CARE_LABELS: Record<string, string> = {
  occasion: '慰问事由',
  date: '日期',
  amount: '金额',
  gift: '慰问品',
  visitors: '走访人',
  note: '备注',
  taskId: '走访任务',
  override: '超限',
  reason: '理由',
  year: '年份',
  title: '标题',
  audience: '发放范围',
  units: '部门',
  tags: '标签',
  retired: '退休',
  distributionId: '发放',
  cause: '致困原因',
  level: '困难程度',
  measures: '帮扶措施',
  op: '操作',
  status: '状态',
  assigneeId: '走访人',
  dueDays: '走访天数',
  cap: '年度上限',
  requestId: '请求编号',
  q: '搜索词'
}

/** The care function's actions: what each takes and answers. */
export const careContract = {
  report: { input: ReportCareInput, output: ReportCareOutput },
  record: { input: RecordCareInput, output: RecordCareOutput },
  tasks: { input: CareTasksInput, output: CareTasksOutput },
  overdue: { input: CareOverdueInput, output: CareOverdueOutput },
  list: { input: ListCareInput, output: ListCareOutput },
  rules: { input: CareRulesInput, output: CareRulesOutput },
  setRules: { input: SetCareRulesInput, output: SetCareRulesOutput },
  forgotten: { input: ForgottenInput, output: ForgottenOutput },
  distribute: { input: DistributeInput, output: DistributeOutput },
  distributions: { input: DistributionsInput, output: DistributionsOutput },
  collect: { input: CollectInput, output: CollectOutput },
  uncollected: { input: UncollectedInput, output: UncollectedOutput },
  export: { input: ExportCareInput, output: ExportCareOutput },
  hardship: { input: HardshipInput, output: HardshipOutput },
  stats: { input: CareStatsInput, output: CareStatsOutput },
  mine: { input: CareMineInput, output: CareMineOutput },
  members: { input: CareMembersInput, output: CareMembersOutput }
} satisfies FunctionContract
