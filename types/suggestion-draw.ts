import { z } from 'zod'
import { DateString, Id, MonthString } from './common'

// The keyed lucky draw of 号码有奖征集: keyholders, their commitments and reveals (algorithm in types/draw.ts).

export const KEYHOLDER_ROLES = ['工会主席', '督导员', '经审委员'] as const
export const KeyholderRole = z.enum(KEYHOLDER_ROLES)
export type KeyholderRole = z.infer<typeof KeyholderRole>

export const Keyholder = z.object({
  role: KeyholderRole,
  /** Empty for a chair by configuration who has no roster entry. */
  name: z.string(),
  /** Absent for a chair by configuration who has no roster entry: any chair then holds that key. */
  memberId: z.string().optional(),
  /** SHA-256 of the keyholder's secret, published before the close */
  commitment: z.string().optional(),
  committedOn: DateString.optional(),
  secret: z.string().optional(),
  revealedOn: DateString.optional()
})
export type Keyholder = z.infer<typeof Keyholder>

export const DrawInfo = z.object({
  count: z.number().int(),
  /** Keyed draw: in the order the seed takes them. Absent on a draw from before keyholders (one chair secret). */
  keyholders: z.array(Keyholder).optional(),
  setOn: DateString.optional(),
  /** The last day (Beijing, inclusive) a keyholder may reveal; from the next day the draw completes without them. */
  revealBy: DateString.optional(),
  /** Fixed at the close: the numbers in the draw, and SHA-256 of them joined by "\n". */
  eligible: z.array(z.string()).optional(),
  eligibleHash: z.string().optional(),
  /** Why a number is eligible, in one sentence a member reads. */
  eligibleRule: z.string().optional(),
  winners: z.array(z.string()).optional(),
  drawnOn: DateString.optional(),
  /** Why there is no draw this month (fewer than two keyholders committed, nobody revealed, no eligible number). */
  voidReason: z.string().optional(),
  // a draw from before keyholders: the chair's one commitment and secret
  commitment: z.string().optional(),
  committedOn: DateString.optional(),
  secret: z.string().optional()
})
export type DrawInfo = z.infer<typeof DrawInfo>

const Count = z.number({ required_error: '请填写幸运奖名额', invalid_type_error: '名额必须是数字' }).int('名额必须是整数').min(1, '名额至少 1 个').max(20, '名额最多 20 个')
export const DrawSecret = z.string({ required_error: '请填写抽奖密钥', invalid_type_error: '密钥必须是文字' }).trim().min(16, '密钥至少 16 个字符').max(200, '密钥最多 200 个字符')

/** The chair is always the first keyholder; memberIds names the others (a 督导员 or 经审委员, one or two). */
export const SetKeyholdersInput = z
  .object({
    month: MonthString,
    memberIds: z.array(Id, { required_error: '请选择密钥保管人', invalid_type_error: '密钥保管人必须是列表' }).min(1, '除主席外请再选一位督导员或经审委员').max(3, '密钥保管人最多 3 位'),
    count: Count
  })
  .strict()
export type SetKeyholdersInput = z.infer<typeof SetKeyholdersInput>
export const DrawMonthOutput = DrawInfo.extend({ month: MonthString })
export type DrawMonthOutput = z.infer<typeof DrawMonthOutput>

export const RevealInput = z.object({ month: MonthString, secret: DrawSecret }).strict()
export type RevealInput = z.infer<typeof RevealInput>

export const KeyholderCandidatesInput = z.object({}).strict()
export type KeyholderCandidatesInput = z.infer<typeof KeyholderCandidatesInput>
/** SHA-256 of a keyholder's secret, as its holder's phone publishes it. */
export const Commitment = z
  .string({ required_error: '请填写承诺值', invalid_type_error: '承诺值必须是文字' })
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, '承诺值是 64 位十六进制的 SHA-256')

export const KeyholderCandidatesOutput = z.object({ items: z.array(z.object({ memberId: Id, name: z.string(), unit: z.string(), role: KeyholderRole })) })
export type KeyholderCandidatesOutput = z.infer<typeof KeyholderCandidatesOutput>

/** What the caller, as a keyholder of the month, may do now and why (nothing for everyone else). */
export const KeyholdingInput = z.object({ month: MonthString }).strict()
export type KeyholdingInput = z.infer<typeof KeyholdingInput>
export const KeyholdingOutput = z.object({
  month: MonthString,
  /** The caller's place among the keyholders, or absent when they hold no key this month. */
  mine: z.object({ role: KeyholderRole, committed: z.boolean(), revealed: z.boolean() }).optional(),
  may: z.enum(['commit', 'reveal', 'wait', 'none']),
  why: z.string()
})
export type KeyholdingOutput = z.infer<typeof KeyholdingOutput>
