import { CareOccasion, type ListCareInput, type ListCareOutput } from '../../../types/care'
import { inUnionTz } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { ledgersOf, recordsOf } from '../data/records'
import { loadRules } from '../data/settings'
import { occasionLabel, toRecord } from './views'

/** The ledger (台账) of a year; with memberId, that member's care and what they have had against each cap. */
export async function list(input: ListCareInput, ctx: Ctx): Promise<ListCareOutput> {
  const year = input.year ?? inUnionTz(ctx.now()).year()
  const docs = await recordsOf(ctx.db, { year, memberId: input.memberId })
  const items = docs.map(toRecord)
  if (!input.memberId) return { items }
  const [ledgers, { rules }] = await Promise.all([ledgersOf(ctx.db, input.memberId, year), loadRules(ctx.db)])
  const yearTotals = CareOccasion.options.map((o) => ({ occasion: o, label: occasionLabel(o), amount: ledgers.get(o)?.amount ?? 0, count: ledgers.get(o)?.count ?? 0, cap: rules[o].cap }))
  return { items, yearTotals }
}
