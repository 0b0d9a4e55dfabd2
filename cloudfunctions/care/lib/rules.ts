import { CARE_OCCASION_LABELS, CareOccasion, type CareRule, type CareRuleItem } from '../../../types/care'

export type Rules = Record<CareOccasion, CareRule>

/**
 * What a union starts from. The caps follow the province's limits the issue quotes (生病住院 ≤ 1000 元,
 * 节日慰问品 ≤ 1500 元 a member a year), under 《基层工会经费收支管理办法》(总工办发〔2017〕32号); the
 * standard amounts and visit days are the common 《教职工红白喜事慰问制度》 figures (五必访: visit
 * within days). The chair changes any of them with setRules; a change applies from then on.
 */
export const DEFAULT_RULES: Rules = {
  illness: { amount: 500, cap: 1000, dueDays: 3 },
  birth: { amount: 500, cap: 500, dueDays: 7 },
  wedding: { amount: 500, cap: 500, dueDays: 7 },
  bereavement: { amount: 500, cap: 1000, dueDays: 2 },
  retirement: { amount: 500, cap: 500, dueDays: 7 },
  hardship: { amount: 1000, cap: 3000, dueDays: 7 },
  festival: { amount: 0, cap: 1500, dueDays: 7 },
  other: { amount: 0, cap: 1000, dueDays: 7 }
}

export const RULES_SOURCE =
  '默认标准：年度上限依省总工会规定（生病住院每人每年不超过 1000 元，节日慰问品每人每年不超过 1500 元），依据《基层工会经费收支管理办法》（总工办发〔2017〕32号）；标准金额和走访天数按常见的《教职工红白喜事慰问制度》。主席可按本校制度修改，修改后对新登记的慰问生效。'

/** The stored changes over the defaults. */
export function mergeRules(stored: Partial<Record<CareOccasion, Partial<CareRule>>> | undefined): Rules {
  const out = {} as Rules
  for (const o of CareOccasion.options) out[o] = { ...DEFAULT_RULES[o], ...(stored?.[o] ?? {}) }
  return out
}

export const ruleItems = (rules: Rules): CareRuleItem[] => CareOccasion.options.map((o) => ({ occasion: o, label: CARE_OCCASION_LABELS[o], ...rules[o] }))

/** Whether giving `amount` to a member who has had `already` this year stays within the cap. */
export const withinCap = (already: number, amount: number, cap: number): boolean => already + amount <= cap
