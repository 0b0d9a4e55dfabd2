/** Ball games (气排球, 篮球, 乒乓球双打): a bracket per event, match scores, group tables and final places. */
import { z } from 'zod'
import { Id, Instant } from './common'

export const BracketFormat = z.enum(['round-robin', 'knockout', 'groups-knockout'], { errorMap: () => ({ message: '赛制只能是单循环、淘汰赛或小组赛加淘汰赛' }) })
export type BracketFormat = z.infer<typeof BracketFormat>

const TeamName = z.string({ invalid_type_error: '队名必须是文字' }).trim().min(1, '请填写队名').max(20, '队名最多 20 个字')
/** A unit's team: a unit name alone, or a named team of a unit (语文组一队). */
export const TeamInput = z.union([TeamName, z.object({ unit: TeamName, name: TeamName.optional() }).strict()], { errorMap: () => ({ message: '参赛队应为单位名，或 { 单位, 队名 }' }) })
export const Team = z.object({ unit: z.string(), name: z.string() })
export type Team = z.infer<typeof Team>

const Pts = (label: string) =>
  z
    .number({ invalid_type_error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .min(0, `${label}不能为负数`)
    .max(10, `${label}最多 10 分`)
/** Round-robin points for a win, a draw and a loss. */
export const MatchPoints = z.object({ win: Pts('胜场积分'), draw: Pts('平局积分'), loss: Pts('负场积分') }).strict()
export type MatchPoints = z.infer<typeof MatchPoints>
export const DEFAULT_MATCH_POINTS: MatchPoints = { win: 3, draw: 1, loss: 0 }

export const BracketInput = z
  .object({
    eventId: Id,
    format: BracketFormat,
    /** In seed order (best first: byes go to the top seeds); absent: every unit of the competition in its order. */
    teams: z.array(TeamInput, { invalid_type_error: '参赛队必须是列表' }).min(2, '至少要有 2 支参赛队').max(64, '参赛队最多 64 支').optional(),
    points: MatchPoints.default(DEFAULT_MATCH_POINTS),
    /** Knockout: play a match for third place (else both semi-final losers share third). */
    thirdPlace: z.boolean({ invalid_type_error: '三四名决赛应为是或否' }).default(false),
    /** Groups then knockout: teams per group, and how many of each group go through. */
    groupSize: z.number({ invalid_type_error: '每组队数必须是数字' }).int('每组队数必须是整数').min(2, '每组至少 2 队').max(8, '每组最多 8 队').default(4),
    advance: z.number({ invalid_type_error: '每组出线队数必须是数字' }).int('每组出线队数必须是整数').min(1, '每组至少 1 队出线').max(4, '每组最多 4 队出线').default(2)
  })
  .strict()
export type BracketInput = z.input<typeof BracketInput>

/** `<eventId>:<code>` — the event it belongs to, and the match's place in the bracket. */
export const MatchId = Id

const Score = (label: string) =>
  z
    .number({ required_error: `请填写${label}`, invalid_type_error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .min(0, `${label}不能为负数`)
    .max(999, `${label}最多 999`)
export const RecordMatchInput = z.object({ matchId: MatchId, scoreA: Score('甲方比分'), scoreB: Score('乙方比分') }).strict()
export type RecordMatchInput = z.infer<typeof RecordMatchInput>

export const ScheduleMatchInput = z
  .object({
    matchId: MatchId,
    /** null clears it */
    at: Instant.nullable().optional(),
    court: z.string({ invalid_type_error: '场地必须是文字' }).trim().max(12, '场地最多 12 个字').nullable().optional()
  })
  .strict()
export type ScheduleMatchInput = z.infer<typeof ScheduleMatchInput>

export const MatchView = z.object({
  id: z.string(),
  code: z.string(),
  stage: z.enum(['group', 'knockout']),
  group: z.string().optional(),
  /** 第1轮, 半决赛 1, 决赛, 三四名决赛 */
  label: z.string(),
  teamA: Team.nullable(),
  teamB: Team.nullable(),
  /** who will be there while not yet known: A组第1名, 半决赛 1 胜者 */
  waitingA: z.string(),
  waitingB: z.string(),
  scoreA: z.number().optional(),
  scoreB: z.number().optional(),
  winner: z.enum(['A', 'B', 'draw']).optional(),
  at: Instant.optional(),
  court: z.string().optional(),
  /** 15:30 在2号场 (Beijing time) */
  when: z.string().optional()
})
export type MatchView = z.infer<typeof MatchView>

export const GroupRow = z.object({
  team: Team,
  played: z.number(),
  won: z.number(),
  drawn: z.number(),
  lost: z.number(),
  for: z.number(),
  against: z.number(),
  diff: z.number(),
  points: z.number(),
  rank: z.number(),
  /** groups then knockout: goes through to the knockout */
  advances: z.boolean()
})
export type GroupRow = z.infer<typeof GroupRow>

export const GroupView = z.object({ name: z.string(), rows: z.array(GroupRow), matches: z.array(MatchView), complete: z.boolean() })
export type GroupView = z.infer<typeof GroupView>

export const BracketView = z.object({
  /** the bracket's own id (one per event): what `bracket` made, as every create answers */
  id: Id,
  eventId: Id,
  eventName: z.string(),
  format: BracketFormat,
  /** the ranking rule, in words, so nobody has to guess how a tie is broken */
  rules: z.string(),
  teams: z.array(Team),
  groups: z.array(GroupView),
  rounds: z.array(z.object({ name: z.string(), matches: z.array(MatchView) })),
  /** the final places once every match is played; null until then */
  places: z.array(z.object({ place: z.number(), team: Team })).nullable(),
  /** an officer may still record or correct scores (the event's results are not yet published) */
  editable: z.boolean()
})
export type BracketView = z.infer<typeof BracketView>
export const BracketOutput = BracketView
export type BracketOutput = BracketView

export const RecordMatchOutput = z.object({
  match: MatchView,
  /** later matches whose scores no longer count because a winner changed: to be recorded again */
  cleared: z.array(z.string()),
  bracket: BracketView
})
export type RecordMatchOutput = z.infer<typeof RecordMatchOutput>
export const ScheduleMatchOutput = MatchView
export type ScheduleMatchOutput = MatchView

export const BracketsInput = z.object({ competitionId: Id.optional(), eventId: Id.optional() }).strict()
export type BracketsInput = z.infer<typeof BracketsInput>
export const BracketsOutput = z.object({ items: z.array(BracketView) })
export type BracketsOutput = z.infer<typeof BracketsOutput>

/** The caller's unit's scheduled matches still to be played. */
export const MyMatchesInput = z.object({ competitionId: Id.optional() }).strict()
export type MyMatchesInput = z.infer<typeof MyMatchesInput>
export const MyMatch = z.object({
  matchId: z.string(),
  eventId: Id,
  eventName: z.string(),
  label: z.string(),
  team: Team,
  opponent: Team.nullable(),
  at: Instant.optional(),
  court: z.string().optional(),
  text: z.string()
})
export type MyMatch = z.infer<typeof MyMatch>
export const MyMatchesOutput = z.object({ items: z.array(MyMatch) })
export type MyMatchesOutput = z.infer<typeof MyMatchesOutput>
