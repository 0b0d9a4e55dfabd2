import type { CollectInput, CollectOutput, UncollectedInput, UncollectedOutput } from '../../../types/care'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, requireMember } from '../../_shared/members'
import { collectId, collectedCount, linesOf, loadDistribution, loadLine, markCollected } from '../data/distributions'
import { isCarer } from './access'
import { toDistribution } from './distribute'

const collator = new Intl.Collator('zh-CN')

/**
 * 签收: a member confirms their own on their phone, or marks one for a member (the 慰问员 anyone,
 * a 小组长 their own unit). Confirming twice changes nothing and says when it was first done.
 */
export async function collect(input: CollectInput, ctx: Ctx): Promise<CollectOutput> {
  const me = requireMember(ctx)
  const memberId = input.memberId ?? me._id
  const own = memberId === me._id
  // who may mark before whether the line exists, so a refusal says nothing of who is on the list
  if (!own && !isCarer(ctx)) {
    if (ctx.role !== 'officer') throw new AppError('FORBIDDEN', '只能确认自己的领取，代签请找小组长或慰问员')
    if ((await loadMember(ctx.db, memberId))?.unit !== me.unit) throw new AppError('FORBIDDEN', '只能为本部门的会员代签，其他部门请找该部门小组长')
  }
  const id = collectId(input.distributionId, memberId)
  const line = await loadLine(ctx.db, id)
  if (!line) throw new AppError('NOT_FOUND', own ? '这次发放的名单里没有你，如有疑问请联系小组长' : '这次发放的名单里没有这位会员')
  const marked = await markCollected(ctx.db, id, ctx.now().toISOString(), me.name)
  const done = marked ?? (await loadLine(ctx.db, id))
  if (!done?.collectedAt) throw new AppError('INTERNAL', '签收没有成功，请再试一次')
  return { memberId, name: done.name, collectedAt: done.collectedAt, markedBy: done.markedBy ?? me.name, first: Boolean(marked) }
}

/** Who has not signed yet, by unit (the chair's and the 慰问员's: the guard). */
export async function uncollected(input: UncollectedInput, ctx: Ctx): Promise<UncollectedOutput> {
  const dist = await loadDistribution(ctx.db, input.distributionId)
  if (!dist) throw new AppError('NOT_FOUND', '找不到这次发放')
  const lines = await linesOf(ctx.db, dist._id)
  const byUnit = new Map<string, typeof lines>()
  for (const l of lines) byUnit.set(l.unit, [...(byUnit.get(l.unit) ?? []), l])
  const units = [...byUnit.entries()]
    .sort((a, b) => collator.compare(a[0], b[0]))
    .map(([unit, ls]) => ({
      unit,
      total: ls.length,
      left: ls
        .filter((l) => !l.collectedAt)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((l) => ({ memberId: l.memberId, name: l.name }))
    }))
  return { distribution: toDistribution(dist, await collectedCount(ctx.db, dist._id)), units }
}
