import { z } from 'zod'
import { DateString, Id, Instant, Role, type FunctionContract } from './common'

export const Gender = z.enum(['F', 'M'], { errorMap: () => ({ message: '性别只能是 F（女）或 M（男）' }) })
export type Gender = z.infer<typeof Gender>

export const LunarDate = z
  .object({
    month: z.number({ invalid_type_error: '农历月份必须是数字' }).int().min(1, '农历月份在 1–12 之间').max(12, '农历月份在 1–12 之间'),
    day: z.number({ invalid_type_error: '农历日必须是数字' }).int().min(1, '农历日在 1–30 之间').max(30, '农历日在 1–30 之间'),
    leap: z.boolean().optional()
  })
  .strict()
export type LunarDate = z.infer<typeof LunarDate>

const Name = z.string({ required_error: '请填写姓名', invalid_type_error: '姓名必须是文字' }).trim().min(1, '请填写姓名').max(20, '姓名最多 20 个字')
const Unit = z.string({ required_error: '请填写部门', invalid_type_error: '部门必须是文字' }).trim().min(1, '请填写部门').max(20, '部门最多 20 个字')
const Phone = z.string({ invalid_type_error: '手机号必须是文字' }).regex(/^1\d{10}$/, '手机号应为 11 位数字')

export const MemberRow = z
  .object({
    name: Name,
    unit: Unit,
    gender: Gender,
    birthday: DateString.optional(),
    lunarBirthday: LunarDate.optional(),
    retired: z.boolean({ invalid_type_error: '退休应为是或否' }).optional(),
    phone: Phone.optional(),
    joinedAt: DateString.optional()
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
  boundAt: Instant.optional()
})
export type Member = z.infer<typeof Member>

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
export const InviteCode = z
  .string({ required_error: '请输入邀请码', invalid_type_error: '邀请码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, '邀请码是 8 位字母或数字'))

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
    q: z.string().max(20, '搜索词最多 20 个字').optional()
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
  bind: { input: BindInput, output: BindOutput },
  import: { input: ImportInput, output: ImportOutput },
  list: { input: ListMembersInput, output: ListMembersOutput },
  setRole: { input: SetRoleInput, output: SetRoleOutput },
  update: { input: UpdateMemberInput, output: UpdateMemberOutput },
  subscribe: { input: SubscribeInput, output: SubscribeOutput }
} satisfies FunctionContract
