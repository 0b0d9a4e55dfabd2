import { z } from 'zod'
import { ExportedFile, Id, Instant, Role, type FunctionContract } from './common'

export const NoticeCategory = z.enum(['notice', 'affairs', 'finance', 'honour'], {
  errorMap: () => ({ message: '类别只能是 通知、校务公开、财务公开 或 表彰' })
})
export type NoticeCategory = z.infer<typeof NoticeCategory>

export const NOTICE_CATEGORY_LABELS: Record<NoticeCategory, string> = {
  notice: '通知',
  affairs: '校务公开',
  finance: '财务公开',
  honour: '表彰'
}

const Title = z.string({ required_error: '请填写标题', invalid_type_error: '标题必须是文字' }).trim().min(1, '请填写标题').max(60, '标题最多 60 个字')
/** Plain text; blank lines separate paragraphs. */
const Body = z.string({ required_error: '请填写正文', invalid_type_error: '正文必须是文字' }).trim().min(1, '请填写正文').max(5000, '正文最多 5000 个字')

/** member.ts's HIDDEN_TAGS, repeated here so notice.ts does not pull in the member contract. */
const HIDDEN_AUDIENCE_TAGS = ['困难职工']

/**
 * Who may read a notice. Absent (or both lists absent) means everyone. When both lists are given a
 * member matches either one: "语文组 and every officer".
 */
export const NoticeAudience = z
  .object({
    units: z
      .array(z.string({ invalid_type_error: '部门必须是文字' }).trim().min(1, '部门不能为空').max(20, '部门最多 20 个字'), {
        invalid_type_error: '部门必须是列表'
      })
      .min(1, '请至少选择一个部门')
      .max(50, '部门最多选 50 个')
      .optional(),
    roles: z.array(Role, { invalid_type_error: '角色必须是列表' }).min(1, '请至少选择一个角色').optional(),
    /** Narrows the rest to members carrying one of these tags (教代会代表…); alone, it is those members. Hidden tags never address anyone. */
    tags: z
      .array(z.string({ invalid_type_error: '标签必须是文字' }).trim().min(1, '标签不能为空').max(20, '标签最多 20 个字'), { invalid_type_error: '标签必须是列表' })
      .min(1, '请至少选择一个标签')
      .max(20, '标签最多选 20 个')
      .refine((ts) => !ts.some((t) => HIDDEN_AUDIENCE_TAGS.includes(t)), '困难职工等隐藏标签不能用作通知对象，以免泄露')
      .optional()
  })
  .strict()
export type NoticeAudience = z.infer<typeof NoticeAudience>

/** A client-made idempotency key: the same key twice is one action. */
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')

export const PublishInput = z
  .object({
    title: Title,
    body: Body,
    category: NoticeCategory,
    audience: NoticeAudience.optional(),
    pinned: z.boolean({ invalid_type_error: '置顶应为是或否' }).optional(),
    /**
     * The idempotency key the publish page makes once per notice it composes: a retry after a
     * timeout publishes nothing new. Without it the content (author, title, body, audience, day) is the key.
     */
    requestId: RequestId.optional(),
    /** Links it to a 教代会 (congress meeting): it is then one of that meeting's 会议文件, still read by its audience alone. */
    meetingId: Id.optional()
  })
  .strict()
export type PublishInput = z.infer<typeof PublishInput>

export const NoticeStatus = z.enum(['published', 'withdrawn'])
export type NoticeStatus = z.infer<typeof NoticeStatus>

/** A page a notice posted by another function points to (DESIGN: every mention of a prize leads to 认领). */
export const NoticeLink = z.enum(['suggestion-claim'])
export type NoticeLink = z.infer<typeof NoticeLink>

/** A notice as the detail page shows it. */
export const Notice = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  category: NoticeCategory,
  /** null: everyone */
  audience: NoticeAudience.nullable(),
  pinned: z.boolean(),
  status: NoticeStatus,
  authorName: z.string(),
  publishedAt: Instant,
  /** Set by edit; the page shows 已编辑 and when. */
  editedAt: Instant.optional(),
  withdrawnAt: Instant.optional(),
  /** When the caller first opened it; absent when the caller is not in its audience (the chair). */
  readAt: Instant.optional(),
  /** Where the notice leads a member: suggestion-claim for the 号码有奖征集 表彰 (我中奖了，去认领). */
  link: NoticeLink.optional(),
  /** The 教代会 this is a 会议文件 of. */
  meetingId: Id.optional()
})
export type Notice = z.infer<typeof Notice>
export const PublishOutput = Notice
export type PublishOutput = z.infer<typeof PublishOutput>

/** A row of 首页: no body, an excerpt instead. */
export const NoticeSummary = Notice.omit({ body: true, readAt: true }).extend({
  excerpt: z.string(),
  unread: z.boolean()
})
export type NoticeSummary = z.infer<typeof NoticeSummary>

export const ListNoticesInput = z
  .object({
    category: NoticeCategory.optional(),
    /** Chair only: also list withdrawn notices (the management view). */
    withdrawn: z.boolean({ invalid_type_error: '是否含已撤回应为是或否' }).optional(),
    /** Words to find in the title or the text; matched literally (no pattern), case-insensitive. */
    q: z.string({ invalid_type_error: '搜索词必须是文字' }).trim().max(30, '搜索词最多 30 个字').optional(),
    /** Only the notices published in this year (Asia/Shanghai). */
    year: z.number({ invalid_type_error: '年份必须是数字' }).int('年份必须是整数').min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间').optional()
  })
  .strict()
export type ListNoticesInput = z.infer<typeof ListNoticesInput>
export const ListNoticesOutput = z.object({
  items: z.array(NoticeSummary),
  /** The years (Asia/Shanghai) the caller has notices in, newest first, so 往年 can be opened by year. */
  years: z.array(z.number().int())
})
export type ListNoticesOutput = z.infer<typeof ListNoticesOutput>

export const GetNoticeInput = z.object({ id: Id }).strict()
export type GetNoticeInput = z.infer<typeof GetNoticeInput>
/** The notice itself, as activity.get answers its record (DESIGN.md names no wrapper), and under `notice` as the app's pages read it. */
export const GetNoticeOutput = Notice.extend({ notice: Notice })
export type GetNoticeOutput = z.infer<typeof GetNoticeOutput>

export const ReadersInput = z.object({ id: Id }).strict()
export type ReadersInput = z.infer<typeof ReadersInput>
const Reader = z.object({ memberId: Id, name: z.string(), unit: z.string() })
export const ReadersOutput = z.object({
  read: z.array(Reader.extend({ readAt: Instant })),
  /** bound: false is a member who has not yet bound a phone, so cannot read or be reminded. */
  unread: z.array(Reader.extend({ bound: z.boolean() })),
  /** Per unit, for the receipts page's groups; units in roster order (by name). */
  units: z.array(z.object({ unit: z.string(), read: z.number().int(), total: z.number().int() }))
})
export type ReadersOutput = z.infer<typeof ReadersOutput>
/** 未读名单 as an .xlsx, by unit then name. */
export const ExportUnreadInput = ReadersInput
export type ExportUnreadInput = ReadersInput
export const ExportUnreadOutput = ExportedFile
export type ExportUnreadOutput = z.infer<typeof ExportUnreadOutput>

export const EditNoticeInput = z
  .object({
    id: Id,
    title: Title.optional(),
    body: Body.optional(),
    category: NoticeCategory.optional(),
    /** null: back to everyone */
    audience: NoticeAudience.nullable().optional(),
    pinned: z.boolean({ invalid_type_error: '置顶应为是或否' }).optional(),
    /** null: no longer a 会议文件 */
    meetingId: Id.nullable().optional()
  })
  .strict()
export type EditNoticeInput = z.infer<typeof EditNoticeInput>
export const EditNoticeOutput = z.object({ notice: Notice })
export type EditNoticeOutput = z.infer<typeof EditNoticeOutput>

export const WithdrawInput = z.object({ id: Id }).strict()
export type WithdrawInput = z.infer<typeof WithdrawInput>
export const WithdrawOutput = z.object({ notice: Notice })
export type WithdrawOutput = z.infer<typeof WithdrawOutput>

export const RemindInput = z.object({ id: Id, requestId: RequestId.optional() }).strict()
export type RemindInput = z.infer<typeof RemindInput>
/** Why an unread member was not reminded. */
export const RemindMiss = z.enum(['no-grant', 'not-bound', 'inactive', 'failed'])
export type RemindMiss = z.infer<typeof RemindMiss>

export const REMIND_MISS_LABELS: Record<RemindMiss, string> = {
  'no-grant': '没有订阅提醒',
  'not-bound': '还没绑定手机',
  inactive: '已停用',
  failed: '微信没有送达'
}

/**
 * sent: messages pushed; noGrant: unread members not reached (no unused grant, no phone bound, or
 * refused). reached and missed name them, in unit then name order; missed also lists members of the
 * audience who were deactivated (reason inactive), who are not counted in unread.
 */
export const RemindOutput = z.object({
  unread: z.number().int(),
  sent: z.number().int(),
  noGrant: z.number().int(),
  reached: z.array(Reader),
  missed: z.array(Reader.extend({ reason: RemindMiss }))
})
export type RemindOutput = z.infer<typeof RemindOutput>

/** Chinese labels of this function's fields, for BAD_REQUEST messages. */
export const NOTICE_LABELS: Record<string, string> = {
  title: '标题',
  body: '正文',
  category: '类别',
  audience: '发布范围',
  units: '部门',
  roles: '角色',
  pinned: '置顶',
  withdrawn: '是否含已撤回',
  q: '搜索词',
  year: '年份',
  meetingId: '会议'
}

/** The notice function's actions: what each takes and answers. */
export const noticeContract = {
  publish: { input: PublishInput, output: PublishOutput },
  list: { input: ListNoticesInput, output: ListNoticesOutput },
  get: { input: GetNoticeInput, output: GetNoticeOutput },
  readers: { input: ReadersInput, output: ReadersOutput },
  exportUnread: { input: ExportUnreadInput, output: ExportUnreadOutput },
  edit: { input: EditNoticeInput, output: EditNoticeOutput },
  withdraw: { input: WithdrawInput, output: WithdrawOutput },
  remind: { input: RemindInput, output: RemindOutput }
} satisfies FunctionContract
