import { z } from 'zod'
import { Id, Instant } from './common'

const Text = (label: string, max: number) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}必须是文字` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`)

const Count = (label: string, max: number) =>
  z
    .number({ invalid_type_error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .min(1, `${label}至少为 1`)
    .max(max, `${label}最多 ${max}`)

export const UnitName = Text('单位', 20)

export const EventKind = z.enum(['timed', 'measured', 'judged'], { errorMap: () => ({ message: '项目类型只能是计时、测量或评分' }) })
export type EventKind = z.infer<typeof EventKind>

export const Category = z.enum(['男子', '女子', '混合'], { errorMap: () => ({ message: '组别只能是男子、女子或混合' }) })
export type Category = z.infer<typeof Category>

/** Measured events: metres (two decimals) or counts (whole numbers). */
export const Measure = z.enum(['m', 'count'], { errorMap: () => ({ message: '计量单位只能是米或次数' }) })
export type Measure = z.infer<typeof Measure>

export const DEFAULT_POINTS = [7, 5, 4, 3, 2, 1]

/**
 * Places → prizes: how many places each prize covers, in order. {first: 1, second: 2, third: 3}
 * gives place 1 一等奖, places 2–3 二等奖, 4–6 三等奖; with `others` every later place gets 优秀奖.
 * Tied entrants take the prize of their shared place (1, 1, 3).
 */
export const Prizes = z
  .object({
    first: z.number({ invalid_type_error: '一等奖名额必须是数字' }).int('一等奖名额必须是整数').min(0, '一等奖名额不能为负数').max(100, '一等奖名额最多 100 个'),
    second: z.number({ invalid_type_error: '二等奖名额必须是数字' }).int('二等奖名额必须是整数').min(0, '二等奖名额不能为负数').max(100, '二等奖名额最多 100 个'),
    third: z.number({ invalid_type_error: '三等奖名额必须是数字' }).int('三等奖名额必须是整数').min(0, '三等奖名额不能为负数').max(100, '三等奖名额最多 100 个'),
    others: z.boolean({ invalid_type_error: '其余名次是否发优秀奖应为是或否' }).default(false)
  })
  .strict()
export type Prizes = z.infer<typeof Prizes>
export const DEFAULT_PRIZES: Prizes = { first: 1, second: 1, third: 1, others: false }

/** 参与分 (重过程，重参与面): points a unit earns for each of its members checked in at an activity linked to the competition. */
export const PerCheckin = z.number({ invalid_type_error: '每人次参与分必须是数字' }).min(0.1, '每人次参与分至少 0.1').max(10, '每人次参与分最多 10')
export const Participation = z.object({ perCheckin: PerCheckin }).strict()
export type Participation = z.infer<typeof Participation>

export const CreateCompetitionInput = z
  .object({
    title: Text('比赛名称', 40),
    units: z
      .array(UnitName, { required_error: '请填写参赛单位', invalid_type_error: '参赛单位必须是列表' })
      .min(2, '至少要有 2 个参赛单位')
      .max(40, '参赛单位最多 40 个')
      .refine((u) => new Set(u).size === u.length, '参赛单位有重复'),
    /** Default per-unit entries in one event; an event may set its own. */
    unitLimit: Count('每单位每项报名人数', 50).default(2),
    /** Individual events one person may enter. */
    personLimit: Count('每人可报个人项目数', 20).default(2),
    participation: Participation.optional()
  })
  .strict()
export type CreateCompetitionInput = z.input<typeof CreateCompetitionInput>

const EventName = Text('项目名称', 30)
const Points = z
  .array(z.number({ invalid_type_error: '名次得分必须是数字' }).min(0, '名次得分不能为负数').max(100, '名次得分最多 100'), { invalid_type_error: '名次得分必须是列表' })
  .min(1, '至少要有第 1 名的得分')
  .max(16, '名次得分最多 16 名')
  .refine((p) => p.every((v, i) => i === 0 || v <= p[i - 1]), '名次越靠后得分不能越高')
const DropHighLow = z.boolean({ invalid_type_error: '去掉最高最低分应为是或否' })
/** Judged: the highest score a judge may give. */
const MaxScore = z.number({ invalid_type_error: '满分必须是数字' }).positive('满分必须大于 0').max(1000, '满分最多 1000')
/** Judged: how many judges score each entrant; any number when absent. */
const Judges = z.number({ invalid_type_error: '评委人数必须是数字' }).int('评委人数必须是整数').min(1, '评委人数至少 1 人').max(30, '评委人数最多 30 人')
const EventUnitLimit = Count('每单位报名人数', 50)
const tooFewJudges = (e: { kind?: string; dropHighLow?: boolean; judges?: number | null }) => !(e.kind === 'judged' && e.dropHighLow && typeof e.judges === 'number' && e.judges < 3)
const TOO_FEW_JUDGES = { message: '去掉最高分和最低分至少需要 3 位评委', path: ['judges'] }

export const AddEventInput = z
  .object({
    competitionId: Id,
    name: EventName,
    kind: EventKind,
    team: z.boolean({ invalid_type_error: '团体项目应为是或否' }).default(false),
    category: Category.default('混合'),
    points: Points.default(DEFAULT_POINTS),
    dropHighLow: DropHighLow.default(false),
    maxScore: MaxScore.default(100),
    judges: Judges.optional(),
    measure: Measure.default('m'),
    /** Entries per unit in this event; the competition's default when absent. */
    unitLimit: EventUnitLimit.optional(),
    prizes: Prizes.default(DEFAULT_PRIZES)
  })
  .strict()
  .refine(tooFewJudges, TOO_FEW_JUDGES)
export type AddEventInput = z.input<typeof AddEventInput>

/**
 * Only what is given changes (judges null: any number of judges). Kind and measure change only
 * while the event has no results; nothing changes once results are published.
 */
export const UpdateEventInput = z
  .object({
    eventId: Id,
    name: EventName.optional(),
    kind: EventKind.optional(),
    category: Category.optional(),
    points: Points.optional(),
    dropHighLow: DropHighLow.optional(),
    maxScore: MaxScore.optional(),
    judges: Judges.nullable().optional(),
    measure: Measure.optional(),
    unitLimit: EventUnitLimit.optional(),
    prizes: Prizes.optional()
  })
  .strict()
export type UpdateEventInput = z.input<typeof UpdateEventInput>

export const RemoveEventInput = z.object({ eventId: Id }).strict()
export type RemoveEventInput = z.infer<typeof RemoveEventInput>
/** entries: athletes whose entry was dropped (their places given back); results: unpublished results dropped. */
export const RemoveEventOutput = z.object({ removed: z.literal(true), entries: z.number().int(), results: z.number().int() })
export type RemoveEventOutput = z.infer<typeof RemoveEventOutput>

export const EventStatus = z.enum(['empty', 'pending', 'published'])
export type EventStatus = z.infer<typeof EventStatus>

export const CompEvent = z.object({
  id: Id,
  competitionId: Id,
  name: z.string(),
  kind: EventKind,
  team: z.boolean(),
  category: Category,
  points: z.array(z.number()),
  dropHighLow: z.boolean(),
  maxScore: z.number(),
  judges: z.number().optional(),
  measure: Measure,
  unitLimit: z.number(),
  prizes: Prizes,
  /** empty: no results; pending: results not yet published (or corrected since); published: members see them. */
  status: EventStatus,
  /** Bumped by every recorded result; publish may name the version the chair reviewed. */
  version: z.number(),
  publishedAt: Instant.optional()
})
export type CompEvent = z.infer<typeof CompEvent>

export const Competition = z.object({
  id: Id,
  title: z.string(),
  units: z.array(z.string()),
  unitLimit: z.number(),
  personLimit: z.number(),
  /** Set: the unit table adds 参与分 from check-ins at the linked activities. */
  participation: Participation.optional(),
  createdAt: Instant
})
export type Competition = z.infer<typeof Competition>

/** Turns 参与分 on (perCheckin) or off (null); the table recomputes from check-ins, so it can change any time. */
export const SetParticipationInput = z.object({ competitionId: Id, perCheckin: PerCheckin.nullable() }).strict()
export type SetParticipationInput = z.infer<typeof SetParticipationInput>
export const SetParticipationOutput = Competition
export type SetParticipationOutput = Competition

export const CreateCompetitionOutput = Competition
export type CreateCompetitionOutput = z.infer<typeof CreateCompetitionOutput>
export const AddEventOutput = CompEvent
export type AddEventOutput = z.infer<typeof AddEventOutput>
/**
 * overLimit: units that already have more entries than a lowered per-unit limit. Everyone entered
 * stays; nobody new enters for that unit until some withdraw; the officer is told which units.
 */
export const UpdateEventOutput = CompEvent.extend({ overLimit: z.array(z.object({ unit: z.string(), entries: z.number().int(), limit: z.number().int() })).optional() })
export type UpdateEventOutput = z.infer<typeof UpdateEventOutput>

export const CompetitionIdInput = z.object({ competitionId: Id }).strict()
export type CompetitionIdInput = z.infer<typeof CompetitionIdInput>

export const ListCompetitionsInput = z
  .object({
    /** Only the competitions created in this year (Asia/Shanghai); every competition when absent. */
    year: z.number({ invalid_type_error: '年份必须是数字，例如 2025' }).int('年份必须是整数，例如 2025').min(2000, '年份应在 2000 年以后').max(2100, '年份应在 2100 年以前').optional()
  })
  .strict()
export type ListCompetitionsInput = z.infer<typeof ListCompetitionsInput>
export const CompetitionSummary = Competition.extend({ events: z.number(), published: z.number() })
export type CompetitionSummary = z.infer<typeof CompetitionSummary>
export const ListCompetitionsOutput = z.object({
  items: z.array(CompetitionSummary),
  /** The year the items are from, when one was asked for. */
  year: z.number().optional(),
  /** Every year (Asia/Shanghai) that has a competition, and this year always, newest first: the year filter's choices. */
  years: z.array(z.number())
})
export type ListCompetitionsOutput = z.infer<typeof ListCompetitionsOutput>

export const GetCompetitionInput = CompetitionIdInput
export type GetCompetitionInput = CompetitionIdInput
/** Members get only published events; officers get every event with its status. */
export const GetCompetitionOutput = z.object({ competition: Competition, events: z.array(CompEvent) })
export type GetCompetitionOutput = z.infer<typeof GetCompetitionOutput>
