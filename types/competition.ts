/** The competition function's contract: set-up, then entries, results and rankings. */
import { z } from 'zod'
import { Id, Instant, type FunctionContract } from './common'
import {
  AddEventInput,
  AddEventOutput,
  Category,
  CompEvent,
  CreateCompetitionInput,
  CreateCompetitionOutput,
  GetCompetitionInput,
  GetCompetitionOutput,
  ListCompetitionsInput,
  ListCompetitionsOutput,
  RemoveEventInput,
  RemoveEventOutput,
  SetParticipationInput,
  SetParticipationOutput,
  UpdateEventInput,
  UpdateEventOutput
} from './competition-setup'
import {
  AwardsInput,
  AwardsOutput,
  EnterAthleteInput,
  EnterAthleteOutput,
  EventEntriesInput,
  EventEntriesOutput,
  ExportAwardsInput,
  ExportAwardsOutput,
  LeaderboardInput,
  LeaderboardOutput,
  LiveBoardInput,
  LiveBoardOutput,
  MyEventsInput,
  MyEventsOutput,
  PublishResultsInput,
  PublishResultsOutput,
  RecordResultInput,
  RecordResultOutput,
  ResultHistoryInput,
  ResultHistoryOutput,
  StandingsInput,
  StandingsOutput,
  WithdrawEntryInput,
  WithdrawEntryOutput
} from './competition-results'

import {
  BracketInput,
  BracketOutput,
  BracketsInput,
  BracketsOutput,
  MyMatchesInput,
  MyMatchesOutput,
  RecordMatchInput,
  RecordMatchOutput,
  ScheduleMatchInput,
  ScheduleMatchOutput
} from './competition-bracket'

export * from './competition-setup'
export * from './competition-results'
export * from './competition-bracket'

/** A member's own entry: pending until their unit's officer approves or declines it. */
/** withdrawn: the member took back their own request before it was decided. */
export const EntryStatus = z.enum(['pending', 'approved', 'declined', 'withdrawn'])
export type EntryStatus = z.infer<typeof EntryStatus>

/** id is the entry's id: the same before and after approval. */
export const EntryRequest = z.object({
  id: z.string(),
  eventId: Id,
  eventName: z.string(),
  category: Category,
  memberId: Id,
  name: z.string(),
  unit: z.string(),
  status: EntryStatus,
  requestedAt: Instant,
  /** who decided (or, for an entry an officer made directly, who made it) */
  decidedBy: z.string().optional(),
  decidedAt: Instant.optional(),
  /** the officer's reason for declining */
  reason: z.string().optional()
})
export type EntryRequest = z.infer<typeof EntryRequest>

export const SelfEnterInput = z.object({ eventId: Id }).strict()
export type SelfEnterInput = z.infer<typeof SelfEnterInput>
export const SelfEnterOutput = EntryRequest
export type SelfEnterOutput = EntryRequest

export const ApproveEntryInput = z
  .object({
    entryId: Id,
    approved: z.boolean({ required_error: '请选择通过或退回', invalid_type_error: '请选择通过或退回' }),
    reason: z.string({ invalid_type_error: '退回原因必须是文字' }).trim().max(60, '退回原因请少于60个字').optional()
  })
  .strict()
export type ApproveEntryInput = z.infer<typeof ApproveEntryInput>
export const ApproveEntryOutput = EntryRequest
export type ApproveEntryOutput = EntryRequest

/** A member takes back their own request while it is still pending (an approved entry is the officer's to cancel). */
export const CancelRequestInput = z.object({ eventId: Id }).strict()
export type CancelRequestInput = z.infer<typeof CancelRequestInput>
export const CancelRequestOutput = EntryRequest
export type CancelRequestOutput = EntryRequest

/** The requests an officer decides: their unit's (the chair's: every unit's), pending first. */
export const EntryRequestsInput = z.object({ eventId: Id }).strict()
export type EntryRequestsInput = z.infer<typeof EntryRequestsInput>
export const EntryRequestsOutput = z.object({ items: z.array(EntryRequest) })
export type EntryRequestsOutput = z.infer<typeof EntryRequestsOutput>

/** The caller's entry in an event, and whether they may ask to enter, with why not. */
export const MyEntryInput = z.object({ eventId: Id }).strict()
export type MyEntryInput = z.infer<typeof MyEntryInput>
export const MyEntryOutput = z.object({ event: CompEvent, entry: EntryRequest.nullable(), canEnter: z.boolean(), why: z.string() })
export type MyEntryOutput = z.infer<typeof MyEntryOutput>

/** 奖励分 (开幕式方阵, 组织奖, 精神文明奖): a unit's points for taking part; negative takes points off. */
export const Bonus = z.object({ id: z.string(), competitionId: Id, unit: z.string(), points: z.number(), reason: z.string(), by: z.string(), at: Instant })
export type Bonus = z.infer<typeof Bonus>

export const BonusInput = z
  .object({
    competitionId: Id,
    unit: z.string({ required_error: '请选择单位', invalid_type_error: '单位必须是文字' }).trim().min(1, '请选择单位'),
    points: z
      .number({ required_error: '请填写奖励分', invalid_type_error: '奖励分必须是数字' })
      .gte(-100, '奖励分在 -100 到 100 之间')
      .lte(100, '奖励分在 -100 到 100 之间')
      .refine((n) => n !== 0, '奖励分不能为 0')
      .refine((n) => Number.isInteger(n * 2), '奖励分最多一位小数（0.5）'),
    reason: z.string({ required_error: '请填写奖励原因', invalid_type_error: '奖励原因必须是文字' }).trim().min(1, '请填写奖励原因，如开幕式方阵').max(30, '奖励原因请少于30个字'),
    /** made once by the form: a double tap or retry answers the bonus the first one added (without one, every call adds a bonus) */
    requestId: z
      .string({ invalid_type_error: '请求编号必须是文字' })
      .regex(/^[A-Za-z0-9_-]{8,40}$/, '请求编号格式不正确')
      .optional(),
    /** given: changes that bonus instead of adding one */
    id: Id.optional()
  })
  .strict()
export type BonusInput = z.infer<typeof BonusInput>
export const BonusOutput = Bonus
export type BonusOutput = Bonus

export const RemoveBonusInput = z.object({ id: Id }).strict()
export type RemoveBonusInput = z.infer<typeof RemoveBonusInput>
export const RemoveBonusOutput = z.object({ removed: z.boolean() })
export type RemoveBonusOutput = z.infer<typeof RemoveBonusOutput>

export const BonusesInput = z.object({ competitionId: Id }).strict()
export type BonusesInput = z.infer<typeof BonusesInput>
export const BonusesOutput = z.object({ items: z.array(Bonus) })
export type BonusesOutput = z.infer<typeof BonusesOutput>

/**
 * 奖状: one placing's (eventId + memberId, or eventId + unit for a team; eventId alone is the
 * caller's own) as a PNG, or with all: true (chair) every prize winner of an event or of a whole
 * competition as one PDF, a page each, to print in one go.
 */
export const CertificateInput = z
  .object({
    eventId: Id.optional(),
    competitionId: Id.optional(),
    memberId: Id.optional(),
    unit: z.string({ invalid_type_error: '单位必须是文字' }).trim().min(1, '请填写单位').max(30, '单位最多 30 个字').optional(),
    all: z.boolean({ invalid_type_error: '全部应为是或否' }).optional()
  })
  .strict()
  .refine((v) => v.eventId || (v.competitionId && v.all), { message: '请指定项目（或比赛的全部奖状）', path: ['eventId'] })
  .refine((v) => !(v.all && (v.memberId || v.unit)), { message: '打印全部奖状时不用指定人或单位', path: ['all'] })
export type CertificateInput = z.infer<typeof CertificateInput>
export const CertificateOutput = z.object({
  fileID: z.string(),
  url: z.string().optional(),
  fileName: z.string(),
  format: z.enum(['png', 'pdf']),
  /** How many 奖状 the file holds (a page each in a PDF). */
  count: z.number().int()
})
export type CertificateOutput = z.infer<typeof CertificateOutput>

/** A competition's poster: the live board's code, the events and the units taking part. */
export const CompetitionPosterInput = z.object({ competitionId: Id }).strict()
export type CompetitionPosterInput = z.infer<typeof CompetitionPosterInput>
export const CompetitionPosterOutput = z.object({ fileID: z.string(), url: z.string().optional(), fileName: z.string(), width: z.number().int(), height: z.number().int() })
export type CompetitionPosterOutput = z.infer<typeof CompetitionPosterOutput>

/** The competition function's actions: what each takes and answers. */
export const competitionContract = {
  create: { input: CreateCompetitionInput, output: CreateCompetitionOutput },
  addEvent: { input: AddEventInput, output: AddEventOutput },
  updateEvent: { input: UpdateEventInput, output: UpdateEventOutput },
  removeEvent: { input: RemoveEventInput, output: RemoveEventOutput },
  list: { input: ListCompetitionsInput, output: ListCompetitionsOutput },
  get: { input: GetCompetitionInput, output: GetCompetitionOutput },
  enter: { input: EnterAthleteInput, output: EnterAthleteOutput },
  withdraw: { input: WithdrawEntryInput, output: WithdrawEntryOutput },
  entries: { input: EventEntriesInput, output: EventEntriesOutput },
  myEvents: { input: MyEventsInput, output: MyEventsOutput },
  recordResult: { input: RecordResultInput, output: RecordResultOutput },
  history: { input: ResultHistoryInput, output: ResultHistoryOutput },
  publish: { input: PublishResultsInput, output: PublishResultsOutput },
  standings: { input: StandingsInput, output: StandingsOutput },
  leaderboard: { input: LeaderboardInput, output: LeaderboardOutput },
  awards: { input: AwardsInput, output: AwardsOutput },
  export: { input: ExportAwardsInput, output: ExportAwardsOutput },
  board: { input: LiveBoardInput, output: LiveBoardOutput },
  selfEnter: { input: SelfEnterInput, output: SelfEnterOutput },
  myEntry: { input: MyEntryInput, output: MyEntryOutput },
  entryRequests: { input: EntryRequestsInput, output: EntryRequestsOutput },
  approveEntry: { input: ApproveEntryInput, output: ApproveEntryOutput },
  cancelRequest: { input: CancelRequestInput, output: CancelRequestOutput },
  bonus: { input: BonusInput, output: BonusOutput },
  removeBonus: { input: RemoveBonusInput, output: RemoveBonusOutput },
  setParticipation: { input: SetParticipationInput, output: SetParticipationOutput },
  bonuses: { input: BonusesInput, output: BonusesOutput },
  bracket: { input: BracketInput, output: BracketOutput },
  recordMatch: { input: RecordMatchInput, output: RecordMatchOutput },
  scheduleMatch: { input: ScheduleMatchInput, output: ScheduleMatchOutput },
  brackets: { input: BracketsInput, output: BracketsOutput },
  myMatches: { input: MyMatchesInput, output: MyMatchesOutput },
  certificate: { input: CertificateInput, output: CertificateOutput },
  poster: { input: CompetitionPosterInput, output: CompetitionPosterOutput }
} satisfies FunctionContract
