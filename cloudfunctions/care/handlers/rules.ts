import { CareOccasion, type CareRulesInput, type CareRulesOutput, type SetCareRulesInput, type SetCareRulesOutput } from '../../../types/care'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { loadRules, saveRules } from '../data/settings'
import { RULES_SOURCE, ruleItems, type Rules } from '../lib/rules'
import { isCarer, isChair, isKeeper } from './access'

async function view(rules: Rules, updatedAt: string | undefined, ctx: Ctx): Promise<CareRulesOutput> {
  const out: CareRulesOutput = {
    ...rules,
    items: ruleItems(rules),
    source: RULES_SOURCE,
    today: unionDate(ctx.now()),
    can: { setRules: isChair(ctx), hardship: await isKeeper(ctx), override: isCarer(ctx) }
  }
  return updatedAt ? { ...out, updatedAt } : out
}

/** The union's rule per occasion, and what the caller may do with care. */
export async function rules(_input: CareRulesInput, ctx: Ctx): Promise<CareRulesOutput> {
  const r = await loadRules(ctx.db)
  return view(r.rules, r.updatedAt, ctx)
}

/** Changes the given fields; the others stay. Records already made keep the rule they were made under. */
export async function setRules(input: SetCareRulesInput, ctx: Ctx): Promise<SetCareRulesOutput> {
  const { rules: current } = await loadRules(ctx.db)
  const next = { ...current }
  for (const o of CareOccasion.options) if (input[o]) next[o] = { ...current[o], ...input[o] }
  const now = ctx.now().toISOString()
  await saveRules(ctx.db, next, now)
  return view(next, now, ctx)
}
