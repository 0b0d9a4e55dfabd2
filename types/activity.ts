import { z } from 'zod'
import { ExportedFile, Id, Instant, type FunctionContract } from './common'
import { Gender } from './member'
import { Commitment, DrawSecret, Keyholder, KeyholderCandidatesOutput, KeyholderRole } from './suggestion-draw'

const text = (label: string, max: number) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}必须是文字` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`)

/** Unit names become keys of the per-unit counters, so "." and a leading "$" are refused. */
const UnitName = text('部门', 20).refine((s) => !s.includes('.') && !s.startsWith('$'), '部门名称不能含“.”或以“$”开头')

/**
 * A count typed into a form. Each mistake is named on its own (负数, 小数, 太大), and the path's label
 * is put in front by the dispatcher, so −5 places reads 「名额：不能是负数」.
 */
const count = (min: number, max: number) =>
  z.number({ invalid_type_error: '请填写数字', required_error: '请填写人数' }).superRefine((n, ctx) => {
    const msg = !Number.isFinite(n) ? '请填写数字' : n < 0 ? '不能是负数' : !Number.isInteger(n) ? '请填写整数' : n < min ? `至少 ${min} 人` : n > max ? `最多 ${max} 人` : null
    if (msg) ctx.addIssue({ code: 'custom', message: msg })
  })

const Capacity = count(1, 10000)

/** A bound of a number question: a plain number, not too far out. */
const Bound = z.number({ invalid_type_error: '请填写数字' }).finite('请填写数字').min(-1000000, '不能小于 -1000000').max(1000000, '不能大于 1000000')

export const FieldType = z.enum(['text', 'number', 'single', 'multiple', 'companions'], {
  errorMap: () => ({ message: '类型只能是 文字、数字、单选、多选 或 同行人数' })
})
export type FieldType = z.infer<typeof FieldType>

export const FIELD_TYPE_LABELS: Record<FieldType, string> = { text: '文字', number: '数字', single: '单选', multiple: '多选', companions: '同行人数' }

/** A companions field: how many extra people (家属) may come with one member when the officer set no max. */
export const COMPANIONS_MAX = 5

const Key = z.string({ required_error: '缺少代号', invalid_type_error: '代号必须是文字' }).regex(/^[A-Za-z][A-Za-z0-9_]{0,19}$/, '代号只能是字母开头的字母、数字或下划线')

/** A question the member answers when signing up (衣服尺码, 参赛项目, 携带家属人数). */
export const SignupField = z
  .object({
    key: Key,
    label: text('名称', 20),
    type: FieldType,
    required: z.boolean({ invalid_type_error: '必填应为是或否' }).optional(),
    /** Choices of a single or multiple choice field. */
    options: z.array(text('选项', 20), { invalid_type_error: '选项必须是列表' }).max(20, '选项最多 20 个').optional(),
    /** Number fields: whole numbers only (default true: people, pieces). */
    integer: z.boolean({ invalid_type_error: '只收整数应为是或否' }).optional(),
    /** Number fields: the smallest and largest answer accepted (defaults NUMBER_DEFAULTS). */
    min: Bound.optional(),
    max: Bound.optional()
  })
  .strict()
  .superRefine((f, ctx) => {
    const choice = f.type === 'single' || f.type === 'multiple'
    if (choice && (!f.options || f.options.length === 0)) ctx.addIssue({ code: 'custom', path: ['options'], message: `请为「${f.label}」填写选项` })
    if (f.options && new Set(f.options).size !== f.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: `「${f.label}」的选项有重复` })
    if (f.type === 'companions' && f.max !== undefined && (!Number.isInteger(f.max) || f.max < 1 || f.max > 20))
      ctx.addIssue({ code: 'custom', path: ['max'], message: `「${f.label}」最多可带 1 到 20 人` })
    if (f.type !== 'number') return
    const r = numberRule(f)
    if (r.min > r.max) ctx.addIssue({ code: 'custom', path: ['min'], message: `「${f.label}」的最小值 ${r.min} 不能大于最大值 ${r.max}` })
    else if (r.integer && Math.ceil(r.min) > Math.floor(r.max)) ctx.addIssue({ code: 'custom', path: ['min'], message: `「${f.label}」在 ${r.min} 和 ${r.max} 之间没有整数可填` })
  })
export type SignupField = z.infer<typeof SignupField>

/** What a number question accepts when the officer set nothing: a count of people or things. */
export const NUMBER_DEFAULTS = { integer: true, min: 0, max: 99 } as const

/** The rule a number answer is held to: the officer's settings over NUMBER_DEFAULTS. */
export function numberRule(f: Pick<SignupField, 'integer' | 'min' | 'max'>): { integer: boolean; min: number; max: number } {
  return { integer: f.integer ?? NUMBER_DEFAULTS.integer, min: f.min ?? NUMBER_DEFAULTS.min, max: f.max ?? NUMBER_DEFAULTS.max }
}

/** The range in words, as the form and the server's refusal both say it: 「0 到 99 的整数」. */
export function numberRangeText(f: Pick<SignupField, 'integer' | 'min' | 'max'>): string {
  const r = numberRule(f)
  return `${r.min} 到 ${r.max} 的${r.integer ? '整数' : '数'}`
}

/** One session of an activity (分批): its own capacity; the member picks one. */
export const Batch = z
  .object({
    /** Assigned on create when absent; keep it on edit so sign-ups stay with their session. */
    key: Key.optional(),
    label: text('批次名称', 20),
    capacity: Capacity.optional()
  })
  .strict()
export type Batch = z.infer<typeof Batch>

export const Eligibility = z
  .object({
    gender: Gender.optional(),
    units: z.array(UnitName, { invalid_type_error: '部门必须是列表' }).min(1, '请至少选择一个部门').max(50, '部门最多选 50 个').optional(),
    /** true: retirees only; false: serving staff only. */
    retired: z.boolean({ invalid_type_error: '退休应为是或否' }).optional(),
    /** Only members carrying one of these (visible) tags, e.g. 教代会代表 or 新教师. */
    tags: z
      .array(z.string({ invalid_type_error: '标签必须是文字' }).trim().min(1, '标签不能为空').max(20, '标签最多 20 个字'), { invalid_type_error: '标签必须是列表' })
      .min(1, '请至少选择一个标签')
      .max(20, '标签最多选 20 个')
      .optional()
  })
  .strict()
export type Eligibility = z.infer<typeof Eligibility>

const Quota = count(1, 10000)

const uniqueKeys = (label: string) => (list: { key?: string }[] | undefined, ctx: z.RefinementCtx) => {
  const keys = (list ?? []).map((x) => x.key).filter(Boolean)
  if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: `${label}的代号有重复` })
}

const Fields = z
  .array(SignupField, { invalid_type_error: '报名信息项必须是列表' })
  .max(10, '报名信息项最多 10 个')
  .superRefine(uniqueKeys('报名信息项'))
  .refine((fs) => fs.filter((f) => f.type === 'companions').length <= 1, '同行人数只能设一项')

/** first-come: places go in sign-up order; lottery: sign-ups until the close, then drawPlaces. */
export const Allocation = z.enum(['first-come', 'lottery'], { errorMap: () => ({ message: '分配方式只能是 先到先得 或 抽签' }) })
export type Allocation = z.infer<typeof Allocation>

/** Hours a member offered a place from the waitlist has to confirm it before it passes on. */
const OfferHours = z.number({ invalid_type_error: '请填写数字' }).int('请填写整数小时').min(1, '至少 1 小时').max(168, '最多 168 小时（7 天）')

/** Lottery priority: members who entered any of the last lastN drawn lottery activities and won a place in none of them go first. */
export const LotteryPriority = z.object({ lastN: z.number({ invalid_type_error: '请填写数字' }).int('请填写整数').min(1, '至少 1 次').max(10, '最多 10 次') }).strict()
export type LotteryPriority = z.infer<typeof LotteryPriority>
const Batches = z.array(Batch, { invalid_type_error: '批次必须是列表' }).min(1, '请至少设一个批次').max(10, '批次最多 10 个').superRefine(uniqueKeys('批次'))

const editable = {
  title: text('标题', 40),
  description: z.string({ invalid_type_error: '说明必须是文字' }).trim().max(2000, '说明最多 2000 个字'),
  place: z.string({ invalid_type_error: '地点必须是文字' }).trim().max(40, '地点最多 40 个字'),
  startAt: Instant,
  endAt: Instant,
  signupOpensAt: Instant,
  signupClosesAt: Instant,
  /** Places in all; absent or null means unlimited. With batches, each batch has its own. */
  capacity: Capacity.nullable(),
  /** When full, further sign-ups queue for a place (default on). */
  waitlist: z.boolean({ invalid_type_error: '候补应为是或否' }),
  /** unit → most confirmed places that unit may hold (e.g. each 年级组 at most 6). */
  quotas: z.record(UnitName, Quota, { invalid_type_error: '部门名额格式不正确' }),
  eligibility: Eligibility,
  fields: Fields,
  batches: Batches,
  offerHours: OfferHours,
  /** A sports day: the competition whose events the sign-up offers as 参赛项目 (each chosen one becomes a pending entry). */
  competitionId: Id
}

export const CreateActivityInput = z
  .object({
    ...editable,
    description: editable.description.optional(),
    place: editable.place.optional(),
    endAt: editable.endAt.optional(),
    signupOpensAt: editable.signupOpensAt.optional(),
    capacity: editable.capacity.optional(),
    waitlist: editable.waitlist.optional(),
    quotas: editable.quotas.optional(),
    eligibility: editable.eligibility.optional(),
    fields: editable.fields.optional(),
    batches: editable.batches.optional(),
    allocation: Allocation.optional(),
    offerHours: editable.offerHours.optional(),
    priority: LotteryPriority.optional(),
    competitionId: editable.competitionId.optional(),
    /**
     * Made once by the form that publishes: a retried create answers the activity the first one
     * made (and finishes telling members) instead of publishing it twice.
     */
    requestId: z
      .string({ invalid_type_error: '请求编号必须是文字' })
      .regex(/^[A-Za-z0-9_-]{8,40}$/, '请求编号格式不正确')
      .optional()
  })
  .strict()
export type CreateActivityInput = z.infer<typeof CreateActivityInput>

/** Only what is given changes; null clears an optional setting (capacity null = unlimited). */
export const UpdateActivityInput = z
  .object({
    id: Id,
    title: editable.title.optional(),
    description: editable.description.optional(),
    place: editable.place.optional(),
    startAt: editable.startAt.optional(),
    endAt: editable.endAt.nullable().optional(),
    signupOpensAt: editable.signupOpensAt.nullable().optional(),
    signupClosesAt: editable.signupClosesAt.optional(),
    capacity: editable.capacity.optional(),
    waitlist: editable.waitlist.optional(),
    quotas: editable.quotas.nullable().optional(),
    eligibility: editable.eligibility.nullable().optional(),
    fields: editable.fields.optional(),
    batches: editable.batches.nullable().optional(),
    offerHours: editable.offerHours.nullable().optional(),
    competitionId: editable.competitionId.nullable().optional()
  })
  .strict()
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>

/** upcoming: sign-up not yet open; open; closed: sign-up over, not started; ongoing; ended. */
export const Phase = z.enum(['upcoming', 'open', 'closed', 'ongoing', 'ended'])
export type Phase = z.infer<typeof Phase>

/** entered: in a lottery not yet drawn (待抽签); offered: moved up from the waitlist, to confirm by offerExpiresAt. */
export const SignupStatus = z.enum(['confirmed', 'waitlisted', 'entered', 'offered'])
export type SignupStatus = z.infer<typeof SignupStatus>

export const Answer = z.union([z.string().max(200, '填写内容最多 200 个字'), z.number(), z.array(z.string().max(20)).max(20)], {
  errorMap: () => ({ message: '填写内容格式不正确' })
})
export type Answer = z.infer<typeof Answer>
export const Answers = z.record(z.string().max(20), Answer, { invalid_type_error: '填写内容格式不正确' })
export type Answers = z.infer<typeof Answers>

export const BatchView = z.object({ key: z.string(), label: z.string(), capacity: z.number().nullable(), confirmed: z.number(), waitlisted: z.number() })
export type BatchView = z.infer<typeof BatchView>

/** One event of the linked competition as the sign-up form offers it to the caller. */
export const LinkedEvent = z.object({
  id: Id,
  /** 男子100米, as the board names it */
  name: z.string(),
  team: z.boolean(),
  /** Whether the caller may choose it now; why not when not (只限女会员报名, 语文组已报满 3 人). */
  open: z.boolean(),
  why: z.string().optional()
})
export type LinkedEvent = z.infer<typeof LinkedEvent>

/** The competition an activity is linked to (a sports day), as its sign-up offers it. */
export const LinkedCompetition = z.object({
  id: Id,
  title: z.string(),
  /** Individual events one person may enter; the form lets no more be chosen. */
  personLimit: z.number().int(),
  /** Individual events the caller may still choose: personLimit less those they are already entered in. */
  individualLeft: z.number().int(),
  /** 报名后由语文组的委员审核；每人最多报 2 个个人项目 */
  rules: z.string(),
  events: z.array(LinkedEvent)
})
export type LinkedCompetition = z.infer<typeof LinkedCompetition>

/** A 参赛项目 the caller chose: the entry request it made, as the competition's officer decides it. */
export const MyEventEntry = z.object({
  eventId: Id,
  name: z.string(),
  status: z.enum(['pending', 'approved', 'declined', 'withdrawn']),
  /** 等待语文组的委员审核 · 王委员已通过 · 退回：名额已满 */
  note: z.string()
})
export type MyEventEntry = z.infer<typeof MyEventEntry>

/** The caller's own entry: position is 1 for the first on the waitlist. */
export const MySignup = z.object({
  status: SignupStatus,
  position: z.number().int().optional(),
  batch: z.string().optional(),
  answers: Answers,
  attended: z.boolean(),
  signedUpAt: Instant,
  /** Why a waitlisted member is waiting: the places, or their unit's quota (语文组的名额已满…). */
  waitReason: z.string().optional(),
  /** Lottery: the member's 抽签号 in the draw's proof. */
  ticket: z.string().optional(),
  /** offered: the place passes on at this instant unless confirmed. */
  offerExpiresAt: Instant.optional(),
  /** 代报: the officer who signed the member up. */
  proxyBy: z.string().optional(),
  /** People coming with the member (the companions field). */
  companions: z.number().int().optional(),
  /** A linked competition: the 参赛项目 the member chose through this sign-up and where each stands. */
  events: z.array(MyEventEntry).optional()
})
export type MySignup = z.infer<typeof MySignup>

/** What signing up in a batch would give the caller now: a place, the waitlist (and why), or nothing. */
export const SignupOutlook = z.object({
  /** the batch key; absent for an activity without batches */
  batch: z.string().optional(),
  status: z.enum(['confirmed', 'waitlisted', 'full']),
  /** 还剩 3 个名额 · 语文组名额已满（每单位最多 3 人），报名后进入候补 */
  reason: z.string()
})
export type SignupOutlook = z.infer<typeof SignupOutlook>

/** A keyholder of a lottery: the suggestion box's keyholder, with the instants (not days) they locked and revealed. */
export const LotteryKeyholder = Keyholder.omit({ committedOn: true, revealedOn: true }).extend({ committedAt: Instant.optional(), revealedAt: Instant.optional() })
export type LotteryKeyholder = z.infer<typeof LotteryKeyholder>
/** As members see one: no roster id. */
export const PublicKeyholder = LotteryKeyholder.omit({ memberId: true })
export type PublicKeyholder = z.infer<typeof PublicKeyholder>

/** What a member checks on their phone (types/lottery.ts): published before the draw as the commitment, in full after it. */
export const LotteryProof = z.object({
  commitment: z.string(),
  committedAt: Instant,
  priorityLastN: z.number().int().optional(),
  drawnAt: Instant.optional(),
  drawnBy: z.string().optional(),
  secret: z.string().optional(),
  digest: z.string().optional(),
  rules: z.object({ capacity: z.number().nullable(), quotas: z.record(z.number()) }).optional(),
  entrants: z.array(z.object({ ticket: z.string(), unit: z.string(), size: z.number().int(), priority: z.boolean() })).optional(),
  winners: z.array(z.string()).optional(),
  waitlist: z.array(z.string()).optional(),
  /** The keyholders the chair named, in the seed's order after the system's share (types/lottery.ts). */
  keyholders: z.array(PublicKeyholder).optional(),
  /** Until when a keyholder may reveal after the close; then the draw goes on with the public stand-in. */
  revealBy: Instant.optional(),
  /** Whether the draw may be made now, and why not (the manage row shows 抽签 only when it may). */
  ready: z.object({ can: z.boolean(), why: z.string() }).optional()
})
export type LotteryProof = z.infer<typeof LotteryProof>

export const Activity = z.object({
  id: Id,
  title: z.string(),
  description: z.string().optional(),
  place: z.string().optional(),
  startAt: Instant,
  endAt: Instant.optional(),
  signupOpensAt: Instant.optional(),
  signupClosesAt: Instant,
  /** Total places; null = unlimited. */
  capacity: z.number().nullable(),
  waitlist: z.boolean(),
  quotas: z.record(z.number()).optional(),
  eligibility: Eligibility.optional(),
  fields: z.array(SignupField),
  batches: z.array(BatchView),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  phase: Phase,
  /** Why the caller may not sign up (仅限女职工), when they may not. */
  ineligible: z.string().optional(),
  /** Who may take part, in words (仅限女职工 · 仅限语文组), when not everyone. */
  eligibilityText: z.string().optional(),
  /** For a caller who may sign up now: what 报名 would give them in each batch, and why. */
  outlook: z.array(SignupOutlook).optional(),
  /** For a confirmed caller not yet checked in: whether the on-site check-in is open, and its window. */
  checkin: z.object({ open: z.boolean(), opensAt: Instant, closesAt: Instant }).optional(),
  mine: MySignup.nullable(),
  /** Set once an officer called the activity off: sign-up is refused and members see 已取消 and why. */
  cancelled: z.object({ at: Instant, reason: z.string() }).optional(),
  /** Absent: first-come. */
  allocation: Allocation.optional(),
  /** Set: a member moved up from the waitlist must confirm within this many hours. */
  offerHours: z.number().int().optional(),
  priority: LotteryPriority.optional(),
  /** A sports day: the linked competition's id (the officer's form), and (get) its events offered as 参赛项目. */
  competitionId: Id.optional(),
  competition: LinkedCompetition.optional(),
  /** Lottery only: the draw, to verify. */
  draw: LotteryProof.optional(),
  /** Lottery only: how many entered so far (before the draw nobody holds a place). */
  entered: z.number().int().optional(),
  /** list only: open to the caller, not signed up, and not among what they were shown when they last looked at 活动. */
  unseen: z.literal(true).optional()
})
export type Activity = z.infer<typeof Activity>

export const IdInput = z.object({ id: Id }).strict()
export type IdInput = z.infer<typeof IdInput>

export const ListActivitiesInput = z
  .object({
    /** 往年: the activities that start in this year (Asia/Shanghai). Absent: this year's and every one not yet over. */
    year: z.number({ invalid_type_error: '请填写数字' }).int('请填写整数').min(2000, '不能早于 2000 年').max(2100, '不能晚于 2100 年').optional(),
    /** The caller is looking at 活动 now: what is listed stops counting as unseen after this call. */
    markSeen: z.boolean({ invalid_type_error: '已看应为是或否' }).optional()
  })
  .strict()
export type ListActivitiesInput = z.infer<typeof ListActivitiesInput>
export const ListActivitiesOutput = z.object({
  items: z.array(Activity),
  /** Earlier years that have activities, newest first (the 往年 choices). */
  years: z.array(z.number().int()),
  /** How many open activities the caller has not seen yet (the 活动 tab's badge), as before this call. */
  unseen: z.number().int()
})
export type ListActivitiesOutput = z.infer<typeof ListActivitiesOutput>

/** 参赛项目: ids of the linked competition's events the member asks to enter. */
const EventChoice = z.array(Id, { invalid_type_error: '参赛项目必须是列表' }).max(20, '参赛项目最多选 20 个')

export const SignupInput = z
  .object({
    id: Id,
    /** Required when the activity has batches: the key of the chosen one. */
    batch: z.string({ invalid_type_error: '批次必须是文字' }).max(20).optional(),
    answers: Answers.optional(),
    events: EventChoice.optional()
  })
  .strict()
export type SignupInput = z.infer<typeof SignupInput>
export const SignupOutput = z.object({ status: SignupStatus, position: z.number().int().optional(), batch: z.string().optional(), reason: z.string().optional(), ticket: z.string().optional() })
export type SignupOutput = z.infer<typeof SignupOutput>

export const CancelOutput = z.object({ status: z.literal('cancelled') })
export type CancelOutput = z.infer<typeof CancelOutput>

export const RosterEntry = z.object({
  memberId: Id,
  name: z.string(),
  unit: z.string(),
  batch: z.string().optional(),
  answers: Answers,
  signedUpAt: Instant,
  attended: z.boolean(),
  /** 'code': the member entered the on-site code; 'officer': marked on the roster. */
  checkinBy: z.enum(['code', 'officer']).optional(),
  position: z.number().int().optional(),
  /** 代报: the officer's name. */
  proxyBy: z.string().optional(),
  companions: z.number().int().optional(),
  /** offered: moved up, not yet confirmed (until offerExpiresAt) */
  offerExpiresAt: Instant.optional()
})
export type RosterEntry = z.infer<typeof RosterEntry>

export const Turnout = z.object({ unit: z.string(), signedUp: z.number().int(), attended: z.number().int() })
export type Turnout = z.infer<typeof Turnout>

export const RosterOutput = z.object({
  activity: Activity,
  confirmed: z.array(RosterEntry),
  waitlisted: z.array(RosterEntry),
  /** Lottery before the draw: everyone who entered (待抽签), in entry order. */
  entered: z.array(RosterEntry).optional(),
  /** 报名人数 / 实到人数 per unit (confirmed only). */
  turnout: z.array(Turnout)
})
export type RosterOutput = z.infer<typeof RosterOutput>

export const CheckinInput = z.object({ id: Id, code: z.string({ required_error: '请输入签到码', invalid_type_error: '签到码必须是文字' }).regex(/^\d{4}$/, '签到码是 4 位数字') }).strict()
export type CheckinInput = z.infer<typeof CheckinInput>
export const CheckinOutput = z.object({ attended: z.literal(true), attendedAt: Instant })
export type CheckinOutput = z.infer<typeof CheckinOutput>

export const CheckinCodeOutput = z.object({ code: z.string(), opensAt: Instant, closesAt: Instant })
export type CheckinCodeOutput = z.infer<typeof CheckinCodeOutput>

export const AttendanceInput = z.object({ id: Id, memberId: Id, attended: z.boolean({ required_error: '缺少到场', invalid_type_error: '到场应为是或否' }) }).strict()
export type AttendanceInput = z.infer<typeof AttendanceInput>
export const AttendanceOutput = z.object({ memberId: Id, attended: z.boolean() })
export type AttendanceOutput = z.infer<typeof AttendanceOutput>

export const ExportRosterOutput = ExportedFile
export type ExportRosterOutput = z.infer<typeof ExportRosterOutput>

export const MyActivityGroup = z.enum(['upcoming', 'waitlisted', 'past', 'attended'])
export type MyActivityGroup = z.infer<typeof MyActivityGroup>
export const MineOutput = z.object({ items: z.array(z.object({ activity: Activity, group: MyActivityGroup })) })
export type MineOutput = z.infer<typeof MineOutput>

export const CancelActivityInput = z
  .object({
    id: Id,
    /** Shown to members on the activity and sent to everyone signed up. */
    reason: text('取消原因', 100)
  })
  .strict()
export type CancelActivityInput = z.infer<typeof CancelActivityInput>
/** The activity as called off, and how many signed-up members this call told (0 on a repeat). */
export const CancelActivityOutput = z.object({ activity: Activity, told: z.number().int() })
export type CancelActivityOutput = z.infer<typeof CancelActivityOutput>

export const RemoveActivityOutput = z.object({ removed: z.literal(true) })
export type RemoveActivityOutput = z.infer<typeof RemoveActivityOutput>

export const ACTIVITY_LABELS: Record<string, string> = {
  title: '标题',
  description: '说明',
  place: '地点',
  startAt: '开始时间',
  endAt: '结束时间',
  signupOpensAt: '报名开始时间',
  signupClosesAt: '报名截止时间',
  capacity: '名额',
  waitlist: '候补',
  quotas: '部门名额',
  eligibility: '报名条件',
  fields: '报名信息项',
  competitionId: '关联比赛',
  events: '参赛项目',
  batches: '批次',
  batch: '批次',
  answers: '填写内容',
  code: '签到码',
  attended: '到场',
  key: '代号',
  label: '名称',
  type: '类型',
  options: '选项',
  required: '必填',
  units: '部门',
  min: '最小值',
  max: '最大值',
  integer: '只收整数',
  requestId: '请求编号',
  year: '年份',
  markSeen: '已看',
  reason: '取消原因',
  allocation: '分配方式',
  offerHours: '确认时限',
  priority: '抽签优先',
  lastN: '最近次数',
  memberId: '会员',
  memberIds: '密钥保管人',
  commitment: '承诺值',
  secret: '抽签密钥'
}

// Every action has its own named pair, even where it shares a schema (the naming rule in types/contract.ts).
export const GetActivityInput = IdInput
export type GetActivityInput = IdInput
export const GetActivityOutput = Activity
export type GetActivityOutput = Activity
export const CreateActivityOutput = Activity
export type CreateActivityOutput = Activity
export const UpdateActivityOutput = Activity
export type UpdateActivityOutput = Activity
export const CancelInput = IdInput
export type CancelInput = IdInput
export const MineInput = z.object({}).strict()
export type MineInput = z.infer<typeof MineInput>
export const RosterInput = IdInput
export type RosterInput = IdInput
export const CheckinCodeInput = IdInput
export type CheckinCodeInput = IdInput
export const ExportRosterInput = IdInput
export type ExportRosterInput = IdInput
export const RemoveActivityInput = IdInput
export type RemoveActivityInput = IdInput
export const UnsignedInput = IdInput
export type UnsignedInput = IdInput
/** Active members the activity is open to who hold no place and are not waiting: whom to chase, by unit then name. */
export const UnsignedOutput = z.object({ items: z.array(z.object({ memberId: Id, name: z.string(), unit: z.string() })) })
export type UnsignedOutput = z.infer<typeof UnsignedOutput>
/** 未报名名单 as an .xlsx, by unit then name. */
export const ExportUnsignedInput = IdInput
export type ExportUnsignedInput = IdInput
export const ExportUnsignedOutput = ExportedFile
export type ExportUnsignedOutput = ExportedFile

export const ShareCardInput = IdInput
export type ShareCardInput = IdInput
/** One parameter of WeChat's updatable-message template (动态消息): member_count, room_limit. */
export const CardParameter = z.object({ name: z.string(), value: z.string() })
/**
 * What wx.updateShareMenu takes to forward the activity as a live card: the WeChat activityId
 * (updatableMessage.createActivityId, stored once per activity) and the template's parameters now.
 */
export const ShareCardOutput = z.object({
  activityId: z.string(),
  /** templateId: WeChat's 动态消息 template (到齐时); parameterList: its member_count and room_limit now */
  templateInfo: z.object({ templateId: z.string(), parameterList: z.array(CardParameter) }),
  /** ISO instant after which WeChat stops updating a card shared with this activityId */
  expiresAt: Instant
})
export type ShareCardOutput = z.infer<typeof ShareCardOutput>

export const DrawPlacesInput = IdInput
export type DrawPlacesInput = IdInput
export const DrawPlacesOutput = z.object({ winners: z.number().int(), waitlisted: z.number().int(), draw: LotteryProof })
export type DrawPlacesOutput = z.infer<typeof DrawPlacesOutput>
/** The chair names the draw's keyholders: herself, and one or two 督导员 or 经审委员. */
export const SetLotteryKeyholdersInput = z
  .object({
    id: Id,
    memberIds: z.array(Id, { required_error: '请选择密钥保管人', invalid_type_error: '密钥保管人必须是列表' }).min(1, '除主席外请再选一位督导员或经审委员').max(2, '除主席外最多再选两位')
  })
  .strict()
export type SetLotteryKeyholdersInput = z.infer<typeof SetLotteryKeyholdersInput>
export const LotteryKeysOutput = z.object({ id: Id, keyholders: z.array(PublicKeyholder), revealBy: Instant })
export type LotteryKeysOutput = z.infer<typeof LotteryKeysOutput>
export const SetLotteryKeyholdersOutput = LotteryKeysOutput
export type SetLotteryKeyholdersOutput = LotteryKeysOutput
export const LotteryKeyCandidatesInput = IdInput
export type LotteryKeyCandidatesInput = IdInput
export const LotteryKeyCandidatesOutput = KeyholderCandidatesOutput
export type LotteryKeyCandidatesOutput = z.infer<typeof KeyholderCandidatesOutput>
/** What the caller, as one of the draw's keyholders, may do now and why (nothing for everyone else). */
export const LotteryKeyholdingInput = IdInput
export type LotteryKeyholdingInput = IdInput
export const LotteryKeyholdingOutput = z.object({
  id: Id,
  mine: z.object({ role: KeyholderRole, committed: z.boolean(), revealed: z.boolean() }).optional(),
  may: z.enum(['commit', 'reveal', 'wait', 'none']),
  why: z.string()
})
export type LotteryKeyholdingOutput = z.infer<typeof LotteryKeyholdingOutput>
export const CommitLotteryKeyInput = z.object({ id: Id, commitment: Commitment }).strict()
export type CommitLotteryKeyInput = z.infer<typeof CommitLotteryKeyInput>
export const CommitLotteryKeyOutput = LotteryKeysOutput
export type CommitLotteryKeyOutput = LotteryKeysOutput
export const RevealLotteryKeyInput = z.object({ id: Id, secret: DrawSecret }).strict()
export type RevealLotteryKeyInput = z.infer<typeof RevealLotteryKeyInput>
export const RevealLotteryKeyOutput = LotteryKeysOutput
export type RevealLotteryKeyOutput = LotteryKeysOutput

export const ConfirmInput = IdInput
export type ConfirmInput = IdInput
export const ConfirmOutput = z.object({ status: z.literal('confirmed') })
export type ConfirmOutput = z.infer<typeof ConfirmOutput>
export const DeclineInput = IdInput
export type DeclineInput = IdInput
export const DeclineOutput = CancelOutput
export type DeclineOutput = CancelOutput
/** 代报: an officer signs up a member who has no phone. */
export const SignupForInput = z
  .object({
    id: Id,
    memberId: Id,
    batch: SignupInput.shape.batch,
    answers: Answers.optional(),
    events: EventChoice.optional()
  })
  .strict()
export type SignupForInput = z.infer<typeof SignupForInput>
export const SignupForOutput = SignupOutput
export type SignupForOutput = SignupOutput

/** A drawn image in cloud storage (poster, 奖状): the weapp downloads it to save to the album, H5 links it. */
export const ImageFile = z.object({ fileID: z.string(), url: z.string().optional(), fileName: z.string(), width: z.number().int(), height: z.number().int() })
export type ImageFile = z.infer<typeof ImageFile>
export const PosterInput = IdInput
export type PosterInput = IdInput
export const PosterOutput = ImageFile
export type PosterOutput = ImageFile

/** The activity function's actions: what each takes and answers. */
export const activityContract = {
  create: { input: CreateActivityInput, output: CreateActivityOutput },
  update: { input: UpdateActivityInput, output: UpdateActivityOutput },
  list: { input: ListActivitiesInput, output: ListActivitiesOutput },
  get: { input: GetActivityInput, output: GetActivityOutput },
  signup: { input: SignupInput, output: SignupOutput },
  cancel: { input: CancelInput, output: CancelOutput },
  mine: { input: MineInput, output: MineOutput },
  checkin: { input: CheckinInput, output: CheckinOutput },
  roster: { input: RosterInput, output: RosterOutput },
  checkinCode: { input: CheckinCodeInput, output: CheckinCodeOutput },
  attendance: { input: AttendanceInput, output: AttendanceOutput },
  export: { input: ExportRosterInput, output: ExportRosterOutput },
  cancelActivity: { input: CancelActivityInput, output: CancelActivityOutput },
  remove: { input: RemoveActivityInput, output: RemoveActivityOutput },
  unsigned: { input: UnsignedInput, output: UnsignedOutput },
  exportUnsigned: { input: ExportUnsignedInput, output: ExportUnsignedOutput },
  shareCard: { input: ShareCardInput, output: ShareCardOutput },
  drawPlaces: { input: DrawPlacesInput, output: DrawPlacesOutput },
  setKeyholders: { input: SetLotteryKeyholdersInput, output: SetLotteryKeyholdersOutput },
  keyholderCandidates: { input: LotteryKeyCandidatesInput, output: LotteryKeyCandidatesOutput },
  keyholding: { input: LotteryKeyholdingInput, output: LotteryKeyholdingOutput },
  commitDraw: { input: CommitLotteryKeyInput, output: CommitLotteryKeyOutput },
  reveal: { input: RevealLotteryKeyInput, output: RevealLotteryKeyOutput },
  confirm: { input: ConfirmInput, output: ConfirmOutput },
  decline: { input: DeclineInput, output: DeclineOutput },
  signupFor: { input: SignupForInput, output: SignupForOutput },
  poster: { input: PosterInput, output: PosterOutput }
} satisfies FunctionContract
