import type { GreetingPreviewCardInput, GreetingPreviewCardOutput } from '../../../types/greeting'
import { dayInfo } from '../../_shared/calendar'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { occasionDef } from '../lib/occasions'
import { render } from '../lib/render'
import { loadTemplates } from '../data/templates'

/** A card as a member would see it, from a draft text or the saved one, filled with a sample name. */
export async function previewCard(input: GreetingPreviewCardInput, ctx: Ctx): Promise<GreetingPreviewCardOutput> {
  const def = occasionDef(input.occasion)
  const text = input.text ?? (await loadTemplates(ctx.db)).get(input.occasion)!.text
  const today = dayInfo(unionDate(ctx.now()))
  // a sample of ten years in the union when the chair's own joinedAt is unknown, so {years} shows a number
  const joinedAt = typeof ctx.member?.joinedAt === 'string' ? ctx.member.joinedAt : `${today.year - 10}-09-01`
  const sample = { name: input.name ?? ctx.member?.name ?? '张三', joinedAt }
  const r = render(def, text, sample, today)
  return { occasion: def.key, label: def.label, title: r.title, text: r.text }
}
