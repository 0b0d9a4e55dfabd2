import { CareOccasion, type CareStatsInput, type CareStatsOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { fileCount } from '../data/hardship'
import { recordsOf } from '../data/records'
import { occasionLabel } from './views'

/** 人次 and 金额 by occasion for a Beijing year; of the hardship files, only how many there are. */
export async function stats(input: CareStatsInput, ctx: Ctx): Promise<CareStatsOutput> {
  const [records, files] = await Promise.all([recordsOf(ctx.db, { year: input.year }), fileCount(ctx.db)])
  const items = CareOccasion.options.map((o) => {
    const rs = records.filter((r) => r.occasion === o)
    return { occasion: o, label: occasionLabel(o), count: rs.length, amount: rs.reduce((s, r) => s + (r.amount ?? 0), 0) }
  })
  const total = { count: records.length, amount: items.reduce((s, i) => s + i.amount, 0) }
  return { year: input.year, items, total, hardship: { files } }
}
