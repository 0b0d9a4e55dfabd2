import type { SetGreetingTemplateInput, SetGreetingTemplateOutput } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import type { TemplateDoc } from '../data/docs'
import { loadTemplate, loadTemplates, putTemplate } from '../data/templates'

/** Changes an occasion's text and/or switch; cards already sent keep the text they were sent with. */
export async function setTemplate(input: SetGreetingTemplateInput, ctx: Ctx): Promise<SetGreetingTemplateOutput> {
  const old = await loadTemplate(ctx.db, input.occasion)
  const next: Omit<TemplateDoc, '_id'> = { updatedAt: ctx.now().toISOString() }
  const text = input.text ?? old?.text
  const enabled = input.enabled ?? old?.enabled
  if (text !== undefined) next.text = text
  if (enabled !== undefined) next.enabled = enabled
  await putTemplate(ctx.db, input.occasion, next)
  const all = await loadTemplates(ctx.db)
  return { template: all.get(input.occasion)! }
}
