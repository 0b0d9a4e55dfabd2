import type { CareMineInput, CareMineOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { requireMember } from '../../_shared/members'
import { linesOfMember, loadDistribution } from '../data/distributions'
import { recordsOf } from '../data/records'
import { isCarer } from './access'
import { occasionLabel } from './views'

/** The care the caller received and the gifts waiting for their 签收: only their own, no amounts of anyone else. */
export async function mine(_input: CareMineInput, ctx: Ctx): Promise<CareMineOutput> {
  const me = requireMember(ctx)
  const [records, lines] = await Promise.all([recordsOf(ctx.db, { memberId: me._id }), linesOfMember(ctx.db, me._id)])
  const items = records.map((r) => ({
    id: r._id,
    occasion: r.occasion,
    label: occasionLabel(r.occasion),
    date: r.date,
    visitors: r.visitors,
    ...(r.amount !== undefined ? { amount: r.amount } : {}),
    ...(r.gift ? { gift: r.gift } : {})
  }))
  const dists = await Promise.all(lines.map((l) => loadDistribution(ctx.db, l.distributionId)))
  const gifts = lines
    .map((l, i) => ({ l, d: dists[i] }))
    .filter((x) => x.d)
    .sort((a, b) => (b.d?.createdAt ?? '').localeCompare(a.d?.createdAt ?? ''))
    .map(({ l, d }) => ({
      distributionId: l.distributionId,
      title: d?.title ?? '',
      gift: d?.gift ?? '',
      ...(l.collectedAt ? { collectedAt: l.collectedAt, markedBy: l.markedBy } : {})
    }))
  // DESIGN: care is the chair's and the 慰问员's; an officer without the tag is offered nothing that would be refused
  const carer = isCarer(ctx)
  return { items, gifts, can: { manage: carer, report: carer, collect: carer } }
}
