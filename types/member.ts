import { z } from 'zod'
import { DateString, Id, Instant, Role, type FunctionContract } from './common'
import { WorkbenchInput, WorkbenchOutput } from './workbench'

export const Gender = z.enum(['F', 'M'], { errorMap: () => ({ message: '性别只能是 F（女）或 M（男）' }) })
export type Gender = z.infer<typeof Gender>

export const LunarDate = z
  .object({
    month: z.number({ invalid_type_error: '农历月份必须是数字' }).int('农历月份必须是整数').min(1, '农历月份在 1–12 之间').max(12, '农历月份在 1–12 之间'),
    day: z.number({ invalid_type_error: '农历日必须是数字' }).int('农历日必须是整数').min(1, '农历日在 1–30 之间').max(30, '农历日在 1–30 之间'),
    leap: z.boolean({ invalid_type_error: '是否闰月应为是或否' }).optional()
  })
  .strict()
export type LunarDate = z.infer<typeof LunarDate>

const Name = z.string({ required_error: '请填写姓名', invalid_type_error: '姓名必须是文字' }).trim().min(1, '请填写姓名').max(20, '姓名最多 20 个字')
const Unit = z.string({ required_error: '请填写部门', invalid_type_error: '部门必须是文字' }).trim().min(1, '请填写部门').max(20, '部门最多 20 个字')
const Phone = z.string({ invalid_type_error: '手机号必须是文字' }).regex(/^1\d{10}$/, '手机号应为 11 位数字')

/** A YYYY-MM-DD date whose messages name the field (生日, 入会日期) and the day that does not exist. */
const DateOf = (label: string) =>
  z
    .string({ invalid_type_error: `${label}必须是文字` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD，例如 1990-01-08`)
    .superRefine((s, ctx) => {
      // the format message above already covers a date typed another way
      if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !DateString.safeParse(s).success) ctx.addIssue({ code: 'custom', message: `${label} ${s} 这个日期不存在` })
    })
/** Import speaks 男/女 to the chair; a missing gender asks for it rather than listing codes. */
const RowGender = z.enum(['F', 'M'], { errorMap: (issue, ctx) => ({ message: ctx.data === undefined ? '请填写性别（男或女）' : '性别只能是男（M）或女（F）' }) })

export const MemberRow = z
  .object({
    name: Name,
    unit: Unit,
    gender: RowGender,
    birthday: DateOf('生日').optional(),
    lunarBirthday: LunarDate.optional(),
    retired: z.boolean({ invalid_type_error: '退休应为是或否' }).optional(),
    phone: Phone.optional(),
    joinedAt: DateOf('入会日期').optional()
  })
  .strict()
export type MemberRow = z.infer<typeof MemberRow>

/** A member as the app sees it. openid is never sent to other members. */
export const Member = z.object({
  id: Id,
  name: z.string(),
  unit: z.string(),
  gender: Gender,
  birthday: z.string().optional(),
  lunarBirthday: LunarDate.optional(),
  retired: z.boolean().optional(),
  phone: z.string().optional(),
  joinedAt: z.string().optional(),
  role: Role,
  bound: z.boolean(),
  boundAt: Instant.optional(),
  /** The member's tags (慰问员, 教代会代表…); a hidden tag (HIDDEN_TAGS) appears only in what the chair is sent. */
  tags: z.array(z.string()).optional(),
  /** Set while the member is out of the union (member.deactivate): out of every audience, electorate and greeting. */
  inactive: z.object({ reason: z.string(), at: Instant }).optional()
})
export type Member = z.infer<typeof Member>

/** What an inactive member's phone is told instead of the member pages (FORBIDDEN). */
export const MEMBER_INACTIVE = '你的会员身份已停用，暂时不能使用会员功能。如有疑问，请联系工会主席。'

export const SetupInput = z.object({}).strict()
export type SetupInput = z.infer<typeof SetupInput>
/** Collection names, each either made by this call or already there. */
export const SetupOutput = z.object({ created: z.array(z.string()), existing: z.array(z.string()) })
export type SetupOutput = z.infer<typeof SetupOutput>

export const MeInput = z.object({}).strict()
export type MeInput = z.infer<typeof MeInput>
export const MeOutput = z.object({ member: Member.nullable(), role: z.enum(['none', 'member', 'officer', 'chair']) })
export type MeOutput = z.infer<typeof MeOutput>

export const ImportInput = z
  .object({
    members: z.array(MemberRow, { required_error: '缺少成员名单', invalid_type_error: '成员名单必须是列表' }).min(1, '成员名单不能为空').max(500, '一次最多导入 500 行')
  })
  .strict()
export type ImportInput = z.infer<typeof ImportInput>
export const ImportOutput = z.object({
  created: z.array(z.object({ id: Id, name: z.string(), inviteCode: z.string() })),
  updated: z.array(z.object({ id: Id, name: z.string() }))
})
export type ImportOutput = z.infer<typeof ImportOutput>

/** Readable alphabet: no 0/O/1/I/L. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
/** What is wrong with a typed code, naming the characters it can't contain (O/0, I/1/L look alike and are left out). */
export function inviteCodeProblem(code: string): string | undefined {
  if (!code) return '请输入邀请码'
  const bad = [...new Set(code)].filter((c) => !INVITE_ALPHABET.includes(c))
  const list = bad.map((c) => (c === ' ' ? '空格' : c))
  if (bad.length) return `邀请码是 8 位字母和数字，不含 0、O、1、I、L；你输入的“${code}”含有 ${list.length > 1 ? `${list.slice(0, -1).join('、')} 和 ${list.at(-1)}` : list[0]}`
  if (code.length !== 8) return `邀请码是 8 位，你输入的“${code}”是 ${code.length} 位`
  return undefined
}
export const InviteCode = z
  .string({ required_error: '请输入邀请码', invalid_type_error: '邀请码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .superRefine((code, ctx) => {
    const problem = inviteCodeProblem(code)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

export const BindInput = z.object({ inviteCode: InviteCode }).strict()
export type BindInput = z.infer<typeof BindInput>
export const BindOutput = z.object({ member: Member })
export type BindOutput = z.infer<typeof BindOutput>

/** Member as the officers' list shows it, with the invite code while unbound. */
export const MemberListItem = Member.extend({ inviteCode: z.string().optional() })
export type MemberListItem = z.infer<typeof MemberListItem>

export const ListMembersInput = z
  .object({
    unit: Unit.optional(),
    q: z.string().max(20, '搜索词最多 20 个字').optional(),
    /** Defaults to active: pickers and audiences never offer a member who left; the chair's 会员 page asks for all. */
    status: z.enum(['active', 'inactive', 'all'], { errorMap: () => ({ message: '状态只能是 在册、已停用 或 全部' }) }).optional(),
    /** Only members carrying this tag (a hidden tag matches only for the chair). */
    tag: z.string().trim().max(10, '标签最多 10 个字').optional()
  })
  .strict()
export type ListMembersInput = z.infer<typeof ListMembersInput>
export const ListMembersOutput = z.object({ items: z.array(MemberListItem) })
export type ListMembersOutput = z.infer<typeof ListMembersOutput>

export const SetRoleInput = z.object({ memberId: Id, role: Role }).strict()
export type SetRoleInput = z.infer<typeof SetRoleInput>
export const SetRoleOutput = z.object({ member: Member })
export type SetRoleOutput = z.infer<typeof SetRoleOutput>

/** A member edits their own profile; the chair may edit anyone's (memberId). */
export const UpdateMemberInput = z
  .object({
    memberId: Id.optional(),
    name: Name.optional(),
    unit: Unit.optional(),
    gender: Gender.optional(),
    birthday: DateString.nullable().optional(),
    lunarBirthday: LunarDate.nullable().optional(),
    retired: z.boolean().optional(),
    phone: Phone.nullable().optional()
  })
  .strict()
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>
export const UpdateMemberOutput = z.object({ member: Member })
export type UpdateMemberOutput = z.infer<typeof UpdateMemberOutput>

/** The chair replaces a member's invite code; the old one stops working. */
export const ResetInviteInput = z
  .object({
    memberId: Id,
    /** The code the chair saw: when it is already gone (a double tap), the code that replaced it is answered and no new one made. */
    replaces: z.string().max(20).optional()
  })
  .strict()
export type ResetInviteInput = z.infer<typeof ResetInviteInput>
export const ResetInviteOutput = z.object({ inviteCode: z.string() })
export type ResetInviteOutput = z.infer<typeof ResetInviteOutput>

/** A teacher with a new phone: the old openid link goes and a fresh invite code binds the new one. */
export const UnbindInput = z.object({ memberId: Id }).strict()
export type UnbindInput = z.infer<typeof UnbindInput>
export const UnbindOutput = z.object({ member: Member, inviteCode: z.string() })
export type UnbindOutput = z.infer<typeof UnbindOutput>

const Reason = z.string({ required_error: '请填写原因', invalid_type_error: '原因必须是文字' }).trim().min(1, '原因不能为空').max(50, '原因最多 50 个字')

export const DeactivateInput = z.object({ memberId: Id, reason: Reason }).strict()
export type DeactivateInput = z.infer<typeof DeactivateInput>
/** Reactivating undoes a deactivation; its reason (e.g. 误操作) is optional. */
export const ReactivateInput = z.object({ memberId: Id, reason: Reason.optional() }).strict()
export type ReactivateInput = z.infer<typeof ReactivateInput>
export const MemberStatusOutput = z.object({ member: Member })
export type MemberStatusOutput = z.infer<typeof MemberStatusOutput>

/** Tags the chair alone may see: never sent to officers, members or the member themself. */
export const HIDDEN_TAGS = ['困难职工']
/** The tags DESIGN names; the chair may also add their own. */
export const KNOWN_TAGS = ['教代会代表', '提案委员会', '慰问员', '经审委员', '女工委员', '新教师', ...HIDDEN_TAGS]

export const TagInput = z
  .object({
    memberId: Id,
    tags: z
      .array(z.string({ invalid_type_error: '标签必须是文字' }).trim().min(1, '标签不能为空').max(10, '标签最多 10 个字'), { required_error: '缺少标签', invalid_type_error: '标签必须是列表' })
      .max(20, '标签最多 20 个')
  })
  .strict()
export type TagInput = z.infer<typeof TagInput>
export const TagOutput = z.object({ member: Member })
export type TagOutput = z.infer<typeof TagOutput>

/** 批量加标签: a list pasted from a 代表 名单, one name a line (or separated by commas or spaces); the tag is added, others kept. */
export const TagByNamesInput = z
  .object({
    names: z
      .array(z.string({ invalid_type_error: '姓名必须是文字' }).trim().min(1, '姓名不能为空').max(20, '姓名最多 20 个字'), { required_error: '请粘贴名单', invalid_type_error: '名单必须是列表' })
      .min(1, '请粘贴名单')
      .max(500, '一次最多 500 人'),
    tag: z.string({ required_error: '请选择标签', invalid_type_error: '标签必须是文字' }).trim().min(1, '请选择标签').max(10, '标签最多 10 个字'),
    /** false takes the tag off instead. */
    add: z.boolean().optional()
  })
  .strict()
export type TagByNamesInput = z.infer<typeof TagByNamesInput>
export const TagByNamesOutput = z.object({
  /** Members whose tags now carry (or no longer carry) the tag, including those that already did. */
  tagged: z.array(z.object({ id: Id, name: z.string(), unit: z.string() })),
  /** Names nobody active on the roster has. */
  unknown: z.array(z.string()),
  /** Names two or more active members share: tag them one by one. */
  ambiguous: z.array(z.string())
})
export type TagByNamesOutput = z.infer<typeof TagByNamesOutput>

export const TemplateKey = z.enum(['notice', 'activity', 'greeting', 'suggestion'], {
  errorMap: () => ({ message: '未知的消息模板' })
})
export type TemplateKey = z.infer<typeof TemplateKey>

export const SubscribeInput = z.object({ templateKey: TemplateKey, accepted: z.boolean({ required_error: '缺少是否同意', invalid_type_error: '是否同意应为是或否' }) }).strict()
export type SubscribeInput = z.infer<typeof SubscribeInput>
export const SubscribeOutput = z.object({ templateKey: TemplateKey, grants: z.number().int() })
export type SubscribeOutput = z.infer<typeof SubscribeOutput>

/** Demo-only: who can be impersonated on the local 切换身份 page. */
export const DemoIdentity = z.object({ openid: z.string(), name: z.string(), unit: z.string(), role: Role })
export type DemoIdentity = z.infer<typeof DemoIdentity>

/** The member function's actions: what each takes and answers. */
export const memberContract = {
  setup: { input: SetupInput, output: SetupOutput },
  me: { input: MeInput, output: MeOutput },
  workbench: { input: WorkbenchInput, output: WorkbenchOutput },
  bind: { input: BindInput, output: BindOutput },
  import: { input: ImportInput, output: ImportOutput },
  list: { input: ListMembersInput, output: ListMembersOutput },
  setRole: { input: SetRoleInput, output: SetRoleOutput },
  update: { input: UpdateMemberInput, output: UpdateMemberOutput },
  subscribe: { input: SubscribeInput, output: SubscribeOutput },
  tag: { input: TagInput, output: TagOutput },
  tagByNames: { input: TagByNamesInput, output: TagByNamesOutput },
  resetInvite: { input: ResetInviteInput, output: ResetInviteOutput },
  unbind: { input: UnbindInput, output: UnbindOutput },
  deactivate: { input: DeactivateInput, output: MemberStatusOutput },
  reactivate: { input: ReactivateInput, output: MemberStatusOutput }
} satisfies FunctionContract
