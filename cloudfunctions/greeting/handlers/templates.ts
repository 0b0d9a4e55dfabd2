import type { GreetingTemplatesInput, GreetingTemplatesOutput } from '../../../types/greeting'
import type { Ctx } from '../../_shared/ctx'
import { loadTemplates } from '../data/templates'

export async function templates(_input: GreetingTemplatesInput, ctx: Ctx): Promise<GreetingTemplatesOutput> {
  return { items: [...(await loadTemplates(ctx.db)).values()] }
}
