import { z } from 'zod'
import { ExportedFile, Id, Instant } from './common'
import { Category, Competition, CompEvent, EventKind } from './competition-setup'

export const EnterAthleteInput = z.object({ eventId: Id, memberId: Id }).strict()
export type EnterAthleteInput = z.infer<typeof EnterAthleteInput>
export const CompEntry = z.object({ id: z.string(), eventId: Id, memberId: Id, name: z.string(), unit: z.string(), createdAt: Instant })
export type CompEntry = z.infer<typeof CompEntry>
export const EnterAthleteOutput = CompEntry
export type EnterAthleteOutput = CompEntry

export const WithdrawEntryInput = EnterAthleteInput
export type WithdrawEntryInput = EnterAthleteInput
export const WithdrawEntryOutput = z.object({ withdrawn: z.boolean() })
export type WithdrawEntryOutput = z.infer<typeof WithdrawEntryOutput>

export const EventEntriesInput = z.object({ eventId: Id }).strict()
export type EventEntriesInput = z.infer<typeof EventEntriesInput>
/** The event and its competition's units come along, for the officers' entry and record pages. */
export const EventEntriesOutput = z.object({ event: CompEvent, units: z.array(z.string()), items: z.array(CompEntry) })
export type EventEntriesOutput = z.infer<typeof EventEntriesOutput>

export const MyEventsInput = z.object({ competitionId: Id.optional() }).strict()
export type MyEventsInput = z.infer<typeof MyEventsInput>
export const MyEvent = z.object({
  competitionId: Id,
  competitionTitle: z.string(),
  eventId: Id,
  eventName: z.string(),
  category: Category,
  kind: EventKind,
  team: z.boolean(),
  unit: z.string(),
  /** Only once the event's results are published. */
  place: z.number().optional(),
  display: z.string().optional(),
  prize: z.string().optional()
})
export type MyEvent = z.infer<typeof MyEvent>
export const MyEventsOutput = z.object({ items: z.array(MyEvent) })
export type MyEventsOutput = z.infer<typeof MyEventsOutput>

/** Timed: seconds (12.34) or m:ss.xx (1:02.50); measured: metres or a count. */
export const ResultRawValue = z.union([z.number({ invalid_type_error: '成绩必须是数字' }), z.string().trim().max(20, '成绩太长')], {
  errorMap: () => ({ message: '成绩必须是数字，计时项目可写 12.34 或 1:02.50' })
})

/** Sent without a unit when nobody was picked: say to pick the athlete (or, typing by hand, the unit). */
const ResultUnit = z
  .string({ required_error: '请先选择运动员（手动填写时请选择单位）', invalid_type_error: '单位必须是文字' })
  .trim()
  .min(1, '请先选择运动员（手动填写时请选择单位）')
  .max(20, '单位最多 20 个字')

export const RecordResultInput = z
  .object({
    eventId: Id,
    unit: ResultUnit,
    memberId: Id.optional(),
    /** An athlete without a member record, or a team's name; the member's name when memberId is given. */
    name: z.string({ invalid_type_error: '姓名必须是文字' }).trim().max(20, '姓名最多 20 个字').optional(),
    value: ResultRawValue.optional(),
    scores: z
      .array(z.number({ invalid_type_error: '评委打分必须是数字' }).min(0, '评委打分不能为负数'), { invalid_type_error: '评委打分必须是列表' })
      .min(1, '请填写评委打分')
      .max(30, '评委最多 30 位')
      .optional()
  })
  .strict()
export type RecordResultInput = z.infer<typeof RecordResultInput>

export const ResultValue = z.object({ value: z.number(), display: z.string(), scores: z.array(z.number()).optional() })
export type ResultValue = z.infer<typeof ResultValue>

export const Correction = z.object({
  resultId: z.string(),
  unit: z.string(),
  name: z.string(),
  at: Instant,
  by: z.string(),
  /** Absent for the first recording. */
  old: ResultValue.optional(),
  new: ResultValue
})
export type Correction = z.infer<typeof Correction>

export const RecordResultOutput = z
  .object({
    id: z.string(),
    eventId: Id,
    unit: z.string(),
    name: z.string(),
    memberId: Id.optional(),
    corrected: z.boolean(),
    version: z.number()
  })
  .merge(ResultValue)
export type RecordResultOutput = z.infer<typeof RecordResultOutput>

export const PublishResultsInput = z
  .object({
    eventId: Id,
    /** The version the chair reviewed; a result recorded since then makes publish refuse. */
    version: z.number({ invalid_type_error: '审核的版本号必须是数字' }).int('审核的版本号必须是整数').min(0, '审核的版本号不能为负数').optional()
  })
  .strict()
export type PublishResultsInput = z.infer<typeof PublishResultsInput>
export const PublishResultsOutput = z.object({ eventId: Id, publishedAt: Instant, version: z.number(), results: z.number() })
export type PublishResultsOutput = z.infer<typeof PublishResultsOutput>

/** draft (officer+): the results as recorded now, before the chair publishes them. */
export const StandingsView = z.enum(['published', 'draft'], { errorMap: () => ({ message: '视图只能是已公布或草稿' }) })

/** view left out: as published, or (officers, before the event is published) as recorded now. */
export const StandingsInput = z.object({ eventId: Id, view: StandingsView.optional() }).strict()
export type StandingsInput = z.input<typeof StandingsInput>
export const Standing = z.object({
  place: z.number(),
  unit: z.string(),
  name: z.string(),
  memberId: Id.optional(),
  value: z.number(),
  display: z.string(),
  scores: z.array(z.number()).optional(),
  points: z.number(),
  prize: z.string().optional()
})
export type Standing = z.infer<typeof Standing>
export const StandingsOutput = z.object({ event: CompEvent, items: z.array(Standing) })
export type StandingsOutput = z.infer<typeof StandingsOutput>

export const LeaderboardInput = z.object({ competitionId: Id, view: StandingsView.default('published') }).strict()
export type LeaderboardInput = z.input<typeof LeaderboardInput>
/** points includes bonus (奖励分, competition.bonus), which is also given apart so the table can show it as its own column. */
export const TableRow = z.object({
  unit: z.string(),
  points: z.number(),
  bonus: z.number(),
  /** 参与分 from check-ins, also in points; only when the competition counts it. */
  participation: z.number().optional(),
  gold: z.number(),
  silver: z.number(),
  bronze: z.number(),
  place: z.number()
})
export type TableRow = z.infer<typeof TableRow>
export const LeaderboardOutput = z.object({ items: z.array(TableRow) })
export type LeaderboardOutput = z.infer<typeof LeaderboardOutput>

export const ResultHistoryInput = z.object({ eventId: Id }).strict()
export type ResultHistoryInput = z.infer<typeof ResultHistoryInput>
export const ResultHistoryOutput = z.object({ items: z.array(Correction) })
export type ResultHistoryOutput = z.infer<typeof ResultHistoryOutput>

export const AwardsInput = z.object({ competitionId: Id }).strict()
export type AwardsInput = z.infer<typeof AwardsInput>
export const AwardEvent = z.object({
  eventId: Id,
  eventName: z.string(),
  category: Category,
  items: z.array(z.object({ place: z.number(), unit: z.string(), name: z.string(), display: z.string(), prize: z.string() }))
})
export type AwardEvent = z.infer<typeof AwardEvent>
/** 获奖名单 per published event, and 团体总分 (the unit table). */
export const AwardsOutput = z.object({ competition: Competition, events: z.array(AwardEvent), table: z.array(TableRow) })
export type AwardsOutput = z.infer<typeof AwardsOutput>

export const ExportAwardsInput = AwardsInput
export type ExportAwardsInput = AwardsInput
export const ExportAwardsOutput = ExportedFile
export type ExportAwardsOutput = z.infer<typeof ExportAwardsOutput>

/** The newest competition when competitionId is absent. */
export const LiveBoardInput = z
  .object({
    competitionId: Id.optional(),
    latest: z.number({ invalid_type_error: '最新成绩条数必须是数字' }).int('最新成绩条数必须是整数').min(1, '最新成绩条数至少 1').max(20, '最新成绩条数最多 20').default(5)
  })
  .strict()
export type LiveBoardInput = z.input<typeof LiveBoardInput>
export const LiveBoardEvent = z.object({
  eventId: Id,
  eventName: z.string(),
  category: Category,
  kind: EventKind,
  publishedAt: Instant,
  top: z.array(Standing)
})
export type LiveBoardEvent = z.infer<typeof LiveBoardEvent>
export const LiveBoardOutput = z.object({
  competition: Competition.nullable(),
  latest: z.array(LiveBoardEvent),
  table: z.array(TableRow),
  events: z.object({ total: z.number(), published: z.number() }),
  /** Every published event in programme order, for the list under the latest ones. */
  published: z.array(z.object({ eventId: Id, eventName: z.string(), category: Category })),
  /** Events with no results recorded yet, in programme order: a member may still ask to enter (competition.selfEnter). */
  open: z.array(z.object({ eventId: Id, eventName: z.string(), category: Category })),
  /** The bonuses counted in the table, with their reasons (competition.bonus). */
  bonuses: z.array(z.object({ id: z.string(), unit: z.string(), points: z.number(), reason: z.string() }))
})
export type LiveBoardOutput = z.infer<typeof LiveBoardOutput>
