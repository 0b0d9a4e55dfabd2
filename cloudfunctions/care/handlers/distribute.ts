import type { CareAudience, DistributeInput, DistributeOutput, DistributionsInput, DistributionsOutput, Distribution } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { membersIn, requireMember, type MemberDoc } from '../../_shared/members'
import type { DistributionDoc } from '../data/docs'
import { collectId, collectedCount, distributionsIn, insertDistribution, loadDistribution } from '../data/distributions'
import { createdId } from '../lib/ids'
import { isCarer } from './access'

type Recipient = Pick<MemberDoc, '_id' | 'name' | 'unit' | 'retired'>

/** Active members in the audience: every listed unit (or all), and retirees only / none when `retired` says. */
async function recipients(ctx: Ctx, audience: CareAudience | null): Promise<Recipient[]> {
  const roster = await getAll<Recipient>(
    membersIn(ctx.db)
      .where({ inactive: ctx.db.command.exists(false) })
      .field({ name: true, unit: true, retired: true })
  )
  const unknown = (audience?.units ?? []).filter((u) => !roster.some((m) => m.unit === u))
  if (unknown.length) throw new AppError('BAD_REQUEST', `发放范围 部门：名单里没有“${unknown.join('”“')}”`)
  return roster.filter((m) => (!audience?.units || audience.units.includes(m.unit)) && (audience?.retired === undefined || Boolean(m.retired) === audience.retired))
}

export const toDistribution = (d: DistributionDoc, collected: number): Distribution => ({ id: d._id, title: d.title, gift: d.gift, createdAt: d.createdAt, total: d.total, collected })

/** A 福利发放 list (中秋慰问品…): one 签收 line per member of the audience. */
export async function distribute(input: DistributeInput, ctx: Ctx): Promise<DistributeOutput> {
  const by = requireMember(ctx)
  const id = createdId('distribution', ctx.openid, input.requestId)
  const existing = await loadDistribution(ctx.db, id)
  if (existing) return toDistribution(existing, await collectedCount(ctx.db, id))
  const audience = input.audience?.units || input.audience?.retired !== undefined ? input.audience : null
  const people = await recipients(ctx, audience)
  if (!people.length) throw new AppError('BAD_REQUEST', '发放范围里没有在册会员，请换个范围')
  const doc: DistributionDoc = { _id: id, title: input.title, gift: input.gift, audience, total: people.length, createdBy: by.name, createdAt: ctx.now().toISOString() }
  await insertDistribution(
    ctx.db,
    doc,
    people.map((m) => ({ _id: collectId(id, m._id), distributionId: id, memberId: m._id, name: m.name, unit: m.unit }))
  )
  return toDistribution(doc, 0)
}

/** Every distribution, newest first, with how many have signed. */
export async function distributions(_input: DistributionsInput, ctx: Ctx): Promise<DistributionsOutput> {
  const docs = await getAll(distributionsIn(ctx.db))
  docs.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const counts = await Promise.all(docs.map((d) => collectedCount(ctx.db, d._id)))
  return { items: docs.map((d, i) => toDistribution(d, counts[i])), can: { distribute: isCarer(ctx) } }
}
