import { z } from 'zod'
import { DateString, Id, type FunctionContract } from './common'

/** Occasion keys (DESIGN.md), plus `anniversary`: the member's 入会 anniversary from joinedAt. */
export const Occasion = z.enum(
  ['birthday', 'spring-festival', 'lantern', 'womens-day', 'labour-day', 'dragon-boat', 'teachers-day', 'mid-autumn', 'national-day', 'double-ninth', 'new-year', 'anniversary'],
  { errorMap: () => ({ message: '未知的节日' }) }
)
export type Occasion = z.infer<typeof Occasion>

/** Who an occasion greets: everyone, women, retirees, or the member whose day it is. */
export const GreetingAudience = z.enum(['all', 'women', 'retirees', 'self'])
export type GreetingAudience = z.infer<typeof GreetingAudience>

/** Placeholders a template may use; anything else in braces is refused. */
export const GREETING_PLACEHOLDERS = ['name', 'occasion', 'years'] as const

export function unknownGreetingPlaceholders(text: string): string[] {
  const found = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1])
  return found.filter((p) => !(GREETING_PLACEHOLDERS as readonly string[]).includes(p))
}

export const GreetingText = z
  .string({ required_error: '请填写祝福语', invalid_type_error: '祝福语必须是文字' })
  .trim()
  .min(1, '请填写祝福语')
  .max(300, '祝福语最多 300 字')
  .superRefine((text, ctx) => {
    const bad = unknownGreetingPlaceholders(text)
    if (bad.length) ctx.addIssue({ code: 'custom', message: `不认识的占位符 ${bad.map((b) => `{${b}}`).join('、')}，只能用 {name}、{occasion}、{years}` })
  })

/** One greeting card in a member's inbox. */
export const GreetingItem = z.object({
  id: Id,
  occasion: Occasion,
  /** YYYY-MM-DD, the Shanghai day it was sent for */
  date: z.string(),
  title: z.string(),
  text: z.string()
})
export type GreetingItem = z.infer<typeof GreetingItem>

export const GreetingInboxInput = z.object({}).strict()
export type GreetingInboxInput = z.infer<typeof GreetingInboxInput>
export const GreetingInboxOutput = z.object({ items: z.array(GreetingItem) })
export type GreetingInboxOutput = z.infer<typeof GreetingInboxOutput>

/** key: the card's share key, from a forwarded card's path; it lets a colleague see that one card. */
export const GreetingCardInput = z
  .object({
    id: Id,
    key: z
      .string({ invalid_type_error: '分享码必须是文字' })
      .regex(/^[0-9a-f]{8,64}$/, '分享码格式不正确')
      .optional()
  })
  .strict()
export type GreetingCardInput = z.infer<typeof GreetingCardInput>
export const GreetingCardOutput = z.object({
  card: GreetingItem.extend({ label: z.string(), name: z.string() }),
  /** the caller's own card */
  mine: z.boolean(),
  /** for the owner: what a forwarded card's path carries (`key`) so colleagues can open it */
  shareKey: z.string().optional()
})
export type GreetingCardOutput = z.infer<typeof GreetingCardOutput>

export const GreetingPreviewInput = z
  .object({
    from: DateString.optional(),
    days: z.number({ invalid_type_error: '天数必须是数字' }).int('天数必须是整数').min(1, '天数在 1–92 之间').max(92, '天数在 1–92 之间').optional()
  })
  .strict()
export type GreetingPreviewInput = z.infer<typeof GreetingPreviewInput>

export const GreetingCalendarEntry = z.object({
  date: z.string(),
  occasion: Occasion,
  label: z.string(),
  audience: GreetingAudience,
  enabled: z.boolean(),
  count: z.number().int(),
  /** Named for personal occasions (birthday, anniversary); holidays give only the count. */
  members: z.array(z.object({ memberId: Id, name: z.string(), unit: z.string() }))
})
export type GreetingCalendarEntry = z.infer<typeof GreetingCalendarEntry>
export const GreetingPreviewOutput = z.object({ from: z.string(), days: z.number().int(), items: z.array(GreetingCalendarEntry) })
export type GreetingPreviewOutput = z.infer<typeof GreetingPreviewOutput>

export const GreetingTemplate = z.object({
  occasion: Occasion,
  label: z.string(),
  audience: GreetingAudience,
  title: z.string(),
  text: z.string(),
  enabled: z.boolean(),
  /** false while the built-in text is in use */
  custom: z.boolean()
})
export type GreetingTemplate = z.infer<typeof GreetingTemplate>

export const GreetingTemplatesInput = z.object({}).strict()
export type GreetingTemplatesInput = z.infer<typeof GreetingTemplatesInput>
export const GreetingTemplatesOutput = z.object({ items: z.array(GreetingTemplate) })
export type GreetingTemplatesOutput = z.infer<typeof GreetingTemplatesOutput>

export const SetGreetingTemplateInput = z
  .object({ occasion: Occasion, text: GreetingText.optional(), enabled: z.boolean({ invalid_type_error: '开关应为是或否' }).optional() })
  .strict()
  .refine((v) => v.text !== undefined || v.enabled !== undefined, { message: '请填写祝福语或开关', path: ['text'] })
export type SetGreetingTemplateInput = z.infer<typeof SetGreetingTemplateInput>
export const SetGreetingTemplateOutput = z.object({ template: GreetingTemplate })
export type SetGreetingTemplateOutput = z.infer<typeof SetGreetingTemplateOutput>

/** The chair sees a card as a member would, for a draft text or the saved one. */
export const GreetingPreviewCardInput = z.object({ occasion: Occasion, text: GreetingText.optional(), name: z.string().trim().min(1).max(20, '姓名最多 20 个字').optional() }).strict()
export type GreetingPreviewCardInput = z.infer<typeof GreetingPreviewCardInput>
export const GreetingPreviewCardOutput = z.object({ occasion: Occasion, label: z.string(), title: z.string(), text: z.string() })
export type GreetingPreviewCardOutput = z.infer<typeof GreetingPreviewCardOutput>

export const GreetingStatsInput = z
  .object({
    year: z
      .string({ invalid_type_error: '年份格式应为 YYYY' })
      .regex(/^\d{4}$/, '年份格式应为 YYYY')
      .optional()
  })
  .strict()
export type GreetingStatsInput = z.infer<typeof GreetingStatsInput>
export const GreetingStatsOutput = z.object({
  year: z.string(),
  /** 人次: one per card sent */
  total: z.number().int(),
  items: z.array(z.object({ month: z.string(), count: z.number().int() }))
})
export type GreetingStatsOutput = z.infer<typeof GreetingStatsOutput>

/** What one firing of the daily timer did. */
export const GreetingRunOutput = z.object({
  date: z.string(),
  scanned: z.number().int(),
  created: z.number().int(),
  pushed: z.number().int(),
  done: z.boolean()
})
export type GreetingRunOutput = z.infer<typeof GreetingRunOutput>

/** The greeting function's actions (the daily timer is not one): what each takes and answers. */
export const greetingContract = {
  inbox: { input: GreetingInboxInput, output: GreetingInboxOutput },
  card: { input: GreetingCardInput, output: GreetingCardOutput },
  preview: { input: GreetingPreviewInput, output: GreetingPreviewOutput },
  templates: { input: GreetingTemplatesInput, output: GreetingTemplatesOutput },
  setTemplate: { input: SetGreetingTemplateInput, output: SetGreetingTemplateOutput },
  previewCard: { input: GreetingPreviewCardInput, output: GreetingPreviewCardOutput },
  stats: { input: GreetingStatsInput, output: GreetingStatsOutput }
} satisfies FunctionContract
