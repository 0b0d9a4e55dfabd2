import { z } from 'zod'
import { ExportedFile, Id, Instant, type FunctionContract } from './common'

export const BallotKind = z.enum(['motion', 'election', 'rating', 'poll'], { errorMap: () => ({ message: '投票类型只能是 表决、选举、评议 或 投票' }) })
export type BallotKind = z.infer<typeof BallotKind>

export const BALLOT_KIND_LABELS: Record<BallotKind, string> = { motion: '表决', election: '选举', rating: '民主评议', poll: '意见投票' }

const Text = (what: string, max: number) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}必须是文字` })
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}最多 ${max} 个字`)
const Names = (what: string, min: number) =>
  z
    .array(Text(what, 30), { invalid_type_error: `${what}必须是列表` })
    .min(min, `请至少填写 ${min} 个${what}`)
    .max(50, `${what}最多 50 个`)
    .refine((xs) => new Set(xs).size === xs.length, `${what}不能重复`)

/**
 * Who may vote: everyone active (all, or nothing given), or those in the units or carrying one of the
 * tags; presentAt: those checked in at that 教代会 meeting (tags/units, when given, narrow it further).
 */
export const Electorate = z
  .object({
    all: z.boolean().optional(),
    units: z.array(Text('部门', 20)).max(50).optional(),
    tags: z.array(Text('标签', 20)).max(20).optional(),
    presentAt: z.string({ invalid_type_error: '会议编号格式不正确' }).min(1, '请选择会议').max(64).optional()
  })
  .strict()
export type Electorate = z.infer<typeof Electorate>

/** The public half of the ballot's RSA key (hex), for blinding on the phone. */
export const PublicKey = z.object({ n: z.string(), e: z.string() })

/** A rating's rater group: who is in it (tags or units; neither: everyone left) and the weight of its ballots. */
export const RaterGroup = z
  .object({
    name: Text('评议组名称', 20),
    tags: z.array(Text('标签', 20)).max(20).optional(),
    units: z.array(Text('部门', 20)).max(50).optional(),
    weight: z.number({ required_error: '请填写评议组权重', invalid_type_error: '权重必须是数字' }).positive('权重必须大于 0').max(100, '权重最多 100')
  })
  .strict()
export type RaterGroup = z.infer<typeof RaterGroup>

export const CreateBallotInput = z
  .object({
    title: Text('标题', 60),
    description: z.string().trim().max(2000, '说明最多 2000 个字').optional(),
    kind: BallotKind,
    electorate: Electorate.default({ all: true }),
    /** Tokens are handed out from creation; ballots are taken from opensAt (default: now). */
    opensAt: Instant.optional(),
    closesAt: Instant,
    /** poll: the options. */
    options: Names('选项', 2).optional(),
    /** election: the candidates. */
    candidates: Names('候选人', 1).optional(),
    seats: z.number({ invalid_type_error: '应选人数必须是数字' }).int().min(1, '应选人数至少 1 人').max(50).optional(),
    maxChoices: z.number({ invalid_type_error: '最多可选必须是数字' }).int().min(1, '最多可选至少 1 项').max(50).optional(),
    subjects: Names('评议对象', 1).optional(),
    criteria: Names('评议项目', 1).optional(),
    /** Best grade first: 优秀 / 称职 / 基本称职 / 不称职 by default. */
    scale: Names('等级', 2).optional(),
    /** motion: more than half of those present (ballots cast) or of the whole electorate. */
    pass: z.enum(['present', 'eligible'], { errorMap: () => ({ message: '通过规则只能是 实到 或 应到' }) }).optional(),
    /** rating: weighted rater groups; a member is in the first group that fits them. */
    raterGroups: z.array(RaterGroup, { invalid_type_error: '评议组必须是列表' }).min(1, '请至少填写 1 个评议组').max(10, '评议组最多 10 个').optional(),
    /** Made once per form by the page: a retry creates nothing new. */
    requestId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')
      .optional()
  })
  .strict()
export type CreateBallotInput = z.infer<typeof CreateBallotInput>

export const BallotStatus = z.enum(['upcoming', 'open', 'closed'])
export type BallotStatus = z.infer<typeof BallotStatus>

export const Ballot = z.object({
  id: Id,
  title: z.string(),
  description: z.string().optional(),
  kind: BallotKind,
  electorate: z.object({ all: z.boolean().optional(), units: z.array(z.string()).optional(), tags: z.array(z.string()).optional(), presentAt: z.string().optional() }),
  /** presentAt: the meeting, for the page to name it. */
  meeting: z.object({ id: z.string(), title: z.string(), heldAt: z.string() }).optional(),
  opensAt: Instant,
  closesAt: Instant,
  closedAt: Instant.optional(),
  status: BallotStatus,
  /** motion: 同意/不同意/弃权; poll: options; election: candidates. */
  options: z.array(z.string()),
  seats: z.number().optional(),
  maxChoices: z.number(),
  subjects: z.array(z.string()).optional(),
  criteria: z.array(z.string()).optional(),
  scale: z.array(z.string()).optional(),
  pass: z.enum(['present', 'eligible']).optional(),
  raterGroups: z.array(z.object({ name: z.string(), weight: z.number(), tags: z.array(z.string()).optional(), units: z.array(z.string()).optional() })).optional(),
  /** The caller's rater group (its index): publicKey is then that group's key. */
  group: z.number().optional(),
  /** rating: 整改 items recorded against these subjects after earlier ratings, to be seen before rating again. */
  rectifications: z.array(z.lazy(() => Rectification)).optional(),
  /** 评优: the nomination round this ballot was shortlisted from. */
  honour: z.object({ roundId: z.string(), honour: z.string() }).optional(),
  /** The caller's key (their rater group's when there are groups). */
  publicKey: PublicKey,
  /** Whether the caller is in the electorate (false for the chair who is not). */
  mayVote: z.boolean(),
  /** Why not, when mayVote is false. */
  whyNot: z.string().optional()
})
export type Ballot = z.infer<typeof Ballot>

export const BallotIdInput = z.object({ id: Id }).strict()
export const GetBallotInput = BallotIdInput
export type GetBallotInput = z.infer<typeof GetBallotInput>
export const GetBallotOutput = Ballot
export const CreateBallotOutput = Ballot
export const ListBallotsInput = z.object({}).strict()
export const ListBallotsOutput = z.object({ items: z.array(Ballot) })
export type ListBallotsOutput = z.infer<typeof ListBallotsOutput>

const Hex = (what: string) => z.string({ required_error: `缺少${what}`, invalid_type_error: `${what}格式不对` }).regex(/^[0-9a-f]{64,1024}$/, `${what}格式不对`)

/** The identified step: the phone sends r^e·PSS(token) mod n and gets it signed; the server never sees the token. */
export const TokenInput = z.object({ id: Id, blinded: Hex('选票申请') }).strict()
export type TokenInput = z.infer<typeof TokenInput>
export const TokenOutput = z.object({ blindSignature: z.string() })
export type TokenOutput = z.infer<typeof TokenOutput>

export const Choices = z
  .object({
    picks: z.array(z.number().int().min(0), { invalid_type_error: '所选的项必须是列表' }).max(50).optional(),
    grades: z
      .array(z.array(z.number().int().min(0)).max(20))
      .max(50)
      .optional()
  })
  .strict()
export type Choices = z.infer<typeof Choices>

/** The anonymous step (no WeChat identity): the unblinded token and its signature, and the ballot. */
export const CastInput = z
  .object({
    id: Id,
    choices: Choices,
    token: z.string().regex(/^[0-9a-f]{64}$/, '选票凭证格式不对'),
    signature: Hex('选票签名'),
    /** A rating with rater groups: the group whose key signed the token (all the ballot says about its voter). */
    group: z.number({ invalid_type_error: '评议组格式不对' }).int().min(0).max(9).optional()
  })
  .strict()
export type CastInput = z.infer<typeof CastInput>
export const CastOutput = z.object({ receipt: z.string() })
export type CastOutput = z.infer<typeof CastOutput>

export const TurnoutInput = BallotIdInput
/** Live, for the electorate and officers; the chair alone also gets taken and notTaken (who to remind, never how anyone voted). */
export const TurnoutOutput = z.object({
  /** Members of the electorate now (live while open; presentAt: those checked in). */
  eligible: z.number(),
  /** Ballots cast (anonymous: counted, never named). */
  voted: z.number(),
  /** Chair only: members who have taken their ballot (领票), which every phone does on opening the page. */
  taken: z.number().optional(),
  /** Chair only: members of the electorate who have not taken one, so have surely not voted: whom to remind. */
  notTaken: z.array(z.object({ memberId: z.string(), name: z.string(), unit: z.string() })).optional()
})
export type TurnoutOutput = z.infer<typeof TurnoutOutput>
/** 未领票名单 (turnout's notTaken) as an .xlsx, by unit then name: names who has not taken a ballot, never how anyone voted. */
export const ExportNotTakenInput = BallotIdInput
export type ExportNotTakenInput = z.infer<typeof BallotIdInput>
export const ExportNotTakenOutput = ExportedFile
export type ExportNotTakenOutput = z.infer<typeof ExportNotTakenOutput>

export const CloseBallotInput = BallotIdInput
export const CloseBallotOutput = Ballot

export const ResultsInput = BallotIdInput
export const CastBallot = z.object({ receipt: z.string(), choices: Choices, group: z.number().optional() })
export type CastBallot = z.infer<typeof CastBallot>
export const ResultsOutput = z.object({
  ballot: Ballot,
  eligible: z.number(),
  /** presentAt: every active 代表 at close (应到), the base of a motion passed by `eligible`. */
  delegates: z.number().optional(),
  voted: z.number(),
  /** Every ballot, shuffled into receipt order, for the phone's recount; null when withheld (a rating under 5 voters). */
  ballots: z.array(CastBallot).nullable(),
  /** The server's own count (types/ballot-count.ts); the page shows its recount instead. */
  tally: z.any(),
  withheld: z.string().optional(),
  /** 评优: the 公示's objection period, Beijing dates; open while members may still object. */
  objection: z.lazy(() => Objection).optional(),
  /** rating: the 整改 items the chair has recorded against this ballot's subjects. */
  rectifications: z.array(z.lazy(() => Rectification)).optional()
})
export type ResultsOutput = z.infer<typeof ResultsOutput>

/** An 整改 item the chair recorded against a rated subject. */
export const Rectification = z.object({ id: z.string(), subject: z.string(), item: z.string(), ballotId: z.string(), ballotTitle: z.string(), at: Instant })
export type Rectification = z.infer<typeof Rectification>

/** from/until: Beijing dates; open: members may object today; over: the period has passed (the honour notice may go out). */
export const Objection = z.object({ from: z.string(), until: z.string(), open: z.boolean(), over: z.boolean() })
export type Objection = z.infer<typeof Objection>

export const AddRectificationInput = z.object({ id: Id, subject: Text('评议对象', 30), item: Text('整改事项', 300) }).strict()
export type AddRectificationInput = z.infer<typeof AddRectificationInput>
export const AddRectificationOutput = z.object({ items: z.array(Rectification) })
export type AddRectificationOutput = z.infer<typeof AddRectificationOutput>

/** stage: the results' 公示 (default), or for 评优 the honour notice once the objection period is over. */
export const DraftNoticeInput = z.object({ id: Id, stage: z.enum(['publicity', 'honour'], { errorMap: () => ({ message: '草稿类型只能是 公示 或 表彰' }) }).optional() }).strict()
export type DraftNoticeInput = z.infer<typeof DraftNoticeInput>
export const DraftNoticeOutput = z.object({ title: z.string(), body: z.string(), category: z.enum(['notice', 'affairs', 'finance', 'honour']) })
export type DraftNoticeOutput = z.infer<typeof DraftNoticeOutput>

export const NominationRound = z.object({
  id: z.string(),
  title: z.string(),
  /** The honour: 优秀教师, 师德标兵 … */
  honour: z.string(),
  opensAt: Instant,
  closesAt: Instant,
  status: BallotStatus,
  /** The ballot created from the shortlist, once there is one. */
  ballotId: z.string().optional()
})
export type NominationRound = z.infer<typeof NominationRound>

export const OpenNominationsInput = z
  .object({
    title: Text('标题', 60),
    honour: Text('荣誉名称', 20),
    opensAt: Instant.optional(),
    closesAt: Instant,
    requestId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')
      .optional()
  })
  .strict()
export type OpenNominationsInput = z.infer<typeof OpenNominationsInput>

export const NominateInput = z.object({ roundId: Id, nomineeId: Id, reason: Text('推荐事迹', 500) }).strict()
export type NominateInput = z.infer<typeof NominateInput>
export const NominateOutput = z.object({ nominee: z.string(), reason: z.string(), updated: z.boolean() })
export type NominateOutput = z.infer<typeof NominateOutput>

export const RoundsInput = z.object({}).strict()
export const RoundsOutput = z.object({ items: z.array(NominationRound) })
export type RoundsOutput = z.infer<typeof RoundsOutput>

export const NominationsInput = z.object({ roundId: Id }).strict()
export const NominationsOutput = z.object({
  round: NominationRound,
  /** By nominee, most nominated first; each reason with who wrote it (nominations are named). */
  nominees: z.array(z.object({ memberId: z.string(), name: z.string(), unit: z.string(), reasons: z.array(z.object({ by: z.string(), reason: z.string() })) }))
})
export type NominationsOutput = z.infer<typeof NominationsOutput>

export const ShortlistInput = z
  .object({
    roundId: Id,
    nomineeIds: z.array(Id, { invalid_type_error: '候选人必须是列表' }).min(1, '请至少选 1 位候选人').max(50),
    kind: z.enum(['poll', 'election'], { errorMap: () => ({ message: '评优投票只能是 选举 或 意见投票' }) }).default('election'),
    seats: z.number({ invalid_type_error: '名额必须是数字' }).int().min(1, '名额至少 1 个').max(50).optional(),
    closesAt: Instant,
    opensAt: Instant.optional()
  })
  .strict()
export type ShortlistInput = z.infer<typeof ShortlistInput>

/** A member finding a colleague to nominate: part of a name, or a unit; active members only. */
export const NomineesInput = z
  .object({
    q: z.string({ invalid_type_error: '姓名必须是文字' }).trim().max(20, '姓名最多 20 个字').optional(),
    unit: z.string({ invalid_type_error: '部门必须是文字' }).trim().max(20, '部门最多 20 个字').optional()
  })
  .strict()
export type NomineesInput = z.infer<typeof NomineesInput>
/** Name and unit only: member.list is for officers; a member sees no phone, birthday or openid here. */
export const Nominee = z.object({ id: z.string(), name: z.string(), unit: z.string() })
export type Nominee = z.infer<typeof Nominee>
export const NomineesOutput = z.object({
  items: z.array(Nominee),
  /** Every unit with an active member, for the filter. */
  units: z.array(z.string()),
  /** More matched than listed: narrow the search. */
  more: z.boolean()
})
export type NomineesOutput = z.infer<typeof NomineesOutput>

export const MyNominationsInput = z.object({ roundId: Id }).strict()
export const MyNomination = z.object({ nomineeId: z.string(), name: z.string(), unit: z.string(), reason: z.string(), at: Instant })
export const MyNominationsOutput = z.object({ items: z.array(MyNomination) })
export type MyNominationsOutput = z.infer<typeof MyNominationsOutput>

/** Takes back one's own nomination while the window is open; a repeat answers withdrawn: false. */
export const WithdrawNominationInput = z.object({ roundId: Id, nomineeId: Id }).strict()
export type WithdrawNominationInput = z.infer<typeof WithdrawNominationInput>
export const WithdrawNominationOutput = z.object({ withdrawn: z.boolean() })
export type WithdrawNominationOutput = z.infer<typeof WithdrawNominationOutput>

export const ballotContract = {
  create: { input: CreateBallotInput, output: CreateBallotOutput },
  get: { input: GetBallotInput, output: GetBallotOutput },
  list: { input: ListBallotsInput, output: ListBallotsOutput },
  token: { input: TokenInput, output: TokenOutput },
  cast: { input: CastInput, output: CastOutput },
  turnout: { input: TurnoutInput, output: TurnoutOutput },
  exportNotTaken: { input: ExportNotTakenInput, output: ExportNotTakenOutput },
  close: { input: CloseBallotInput, output: CloseBallotOutput },
  results: { input: ResultsInput, output: ResultsOutput },
  draftNotice: { input: DraftNoticeInput, output: DraftNoticeOutput },
  addRectification: { input: AddRectificationInput, output: AddRectificationOutput },
  openNominations: { input: OpenNominationsInput, output: NominationRound },
  rounds: { input: RoundsInput, output: RoundsOutput },
  nominate: { input: NominateInput, output: NominateOutput },
  nominations: { input: NominationsInput, output: NominationsOutput },
  shortlist: { input: ShortlistInput, output: Ballot },
  nominees: { input: NomineesInput, output: NomineesOutput },
  myNominations: { input: MyNominationsInput, output: MyNominationsOutput },
  withdrawNomination: { input: WithdrawNominationInput, output: WithdrawNominationOutput }
} satisfies FunctionContract

export const BALLOT_LABELS: Record<string, string> = {
  title: '标题',
  kind: '投票类型',
  closesAt: '截止时间',
  opensAt: '开始时间',
  options: '选项',
  candidates: '候选人',
  subjects: '评议对象',
  choices: '选票',
  token: '选票凭证',
  blinded: '选票申请',
  raterGroups: '评议组',
  presentAt: '会议',
  subject: '评议对象',
  item: '整改事项',
  honour: '荣誉名称',
  nomineeId: '被推荐人',
  reason: '推荐事迹',
  nomineeIds: '候选人',
  q: '姓名',
  unit: '部门'
}
