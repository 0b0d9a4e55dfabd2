import { HIDDEN_TAGS, KNOWN_TAGS } from '../../../types/member'
import type { CareAudience, DistributeInput, DistributeOutput, DistributionsInput, DistributionsOutput, Distribution } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { getAll } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { membersIn, requireMember, type MemberDoc } from '../../_shared/members'
import { inAudience, normaliseAudience, unknownUnits } from '../../_shared/notice-audience'
import type { DistributionDoc } from '../data/docs'
import { collectId, collectedCount, distributionsIn, insertDistribution, loadDistribution } from '../data/distributions'
import { createdId } from '../lib/ids'
import { isCarer } from './access'

const collator = new Intl.Collator('zh-CN')

type Recipient = Pick<MemberDoc, '_id' | 'name' | 'unit' | 'retired' | 'role' | 'tags'>

const activeRoster = (ctx: Ctx) =>
  getAll<Recipient>(
    membersIn(ctx.db)
      .where({ inactive: ctx.db.command.exists(false) })
      .field({ name: true, unit: true, retired: true, role: true, tags: true })
  )

/** Active members in the audience, matched as a notice's audience is (units, narrowed by tags); `retired` keeps retirees only or none. */
function recipients(roster: Recipient[], audience: CareAudience | null): Recipient[] {
  const unknown = unknownUnits(
    audience,
    roster.map((m) => m.unit)
  )
  if (unknown.length) throw new AppError('BAD_REQUEST', `发放范围 部门：名单里没有“${unknown.join('”“')}”`)
  return roster.filter((m) => inAudience(audience, m) && (audience?.retired === undefined || Boolean(m.retired) === audience.retired))
}

/** `{}` and empty lists mean everyone: one spelling (null) for the stored audience. */
function normalise(a: CareAudience | undefined): CareAudience | null {
  const base = normaliseAudience(a ? { units: a.units, tags: a.tags } : null)
  if (a?.retired === undefined) return base
  return { ...(base ?? {}), retired: a.retired }
}

export const toDistribution = (d: DistributionDoc, collected: number): Distribution => ({ id: d._id, title: d.title, gift: d.gift, createdAt: d.createdAt, total: d.total, collected })

/** A 福利发放 list (中秋慰问品…): one 签收 line per member of the audience. */
export async function distribute(input: DistributeInput, ctx: Ctx): Promise<DistributeOutput> {
  const by = requireMember(ctx)
  const id = createdId('distribution', ctx.openid, input.requestId)
  const existing = await loadDistribution(ctx.db, id)
  if (existing) return toDistribution(existing, await collectedCount(ctx.db, id))
  const audience = normalise(input.audience)
  const people = recipients(await activeRoster(ctx), audience)
  if (!people.length) throw new AppError('BAD_REQUEST', '发放范围里没有在册会员（已离会的不算），请换个部门或标签')
  const doc: DistributionDoc = { _id: id, title: input.title, gift: input.gift, audience, total: people.length, createdBy: by.name, createdAt: ctx.now().toISOString() }
  await insertDistribution(
    ctx.db,
    doc,
    people.map((m) => ({ _id: collectId(id, m._id), distributionId: id, memberId: m._id, name: m.name, unit: m.unit }))
  )
  return toDistribution(doc, 0)
}

/** Every distribution, newest first, with how many have signed (the chair's and the 慰问员's: the guard). */
export async function distributions(_input: DistributionsInput, ctx: Ctx): Promise<DistributionsOutput> {
  const docs = await getAll(distributionsIn(ctx.db))
  docs.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const counts = await Promise.all(docs.map((d) => collectedCount(ctx.db, d._id)))
  const roster = await activeRoster(ctx)
  // visible tags only: a hidden one (困难职工) must never pick out who carries it
  const tags = [...new Set([...KNOWN_TAGS, ...roster.flatMap((m) => m.tags ?? [])])].filter((t) => !HIDDEN_TAGS.includes(t))
  return { items: docs.map((d, i) => toDistribution(d, counts[i])), can: { distribute: isCarer(ctx) }, choices: { units: [...new Set(roster.map((m) => m.unit))].sort(collator.compare), tags } }
}
