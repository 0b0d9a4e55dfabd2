import type { z } from 'zod'
import type { UpdateEventInput, UpdateEventOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import type { EventDoc } from '../data/docs'
import { entriesOfEvent } from '../data/entries'
import { loadEvent, loadEvents, updateUnpublished } from '../data/events'
import { toEvent } from '../lib/view'

/**
 * Edits an event before its results are published (a typo such as 男子男子50米, the wrong points).
 * Kind and measure say how results read, so they change only while there are none.
 */
export async function updateEvent(input: z.output<typeof UpdateEventInput>, ctx: Ctx): Promise<UpdateEventOutput> {
  const { eventId, judges, ...changes } = input
  const old = await loadEvent(ctx, eventId)
  if (old.published) throw new AppError('CONFLICT', `${old.category}${old.name}的成绩已公布，不能再修改项目`)
  const next: EventDoc = { ...old }
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) Object.assign(next, { [k]: v })
  if (judges === null) delete next.judges
  else if (judges !== undefined) next.judges = judges
  if (old.version > 0 && (next.kind !== old.kind || next.measure !== old.measure)) throw new AppError('CONFLICT', '已经录入成绩，不能再改项目类型或计量单位')
  if (next.kind === 'judged' && next.dropHighLow && next.judges !== undefined && next.judges < 3) throw new AppError('BAD_REQUEST', '评委人数：去掉最高分和最低分至少需要 3 位评委')
  if (next.name !== old.name || next.category !== old.category) {
    const events = await loadEvents(ctx, old.competitionId)
    if (events.some((e) => e._id !== old._id && e.name === next.name && e.category === next.category)) throw new AppError('CONFLICT', `已经有“${next.category}${next.name}”这个项目了`)
  }
  next.updatedAt = ctx.now().toISOString()
  const { _id, ...data } = next
  const set: Record<string, unknown> = { ...data, ...(judges === null ? { judges: ctx.db.command.remove() } : {}) }
  if (!(await updateUnpublished(ctx.db, _id, set))) throw new AppError('CONFLICT', '成绩刚刚已公布，不能再修改项目')
  const overLimit = next.unitLimit < old.unitLimit ? await unitsOverLimit(ctx, _id, next.unitLimit) : []
  return { ...toEvent(next), ...(overLimit.length ? { overLimit } : {}) }
}

/** Units whose entries already pass a lowered limit: nobody is dropped, so the officer must be told. */
async function unitsOverLimit(ctx: Ctx, eventId: string, limit: number): Promise<NonNullable<UpdateEventOutput['overLimit']>> {
  const perUnit = new Map<string, number>()
  for (const e of await entriesOfEvent(ctx.db, eventId)) perUnit.set(e.unit, (perUnit.get(e.unit) ?? 0) + 1)
  return [...perUnit]
    .filter(([, n]) => n > limit)
    .map(([unit, entries]) => ({ unit, entries, limit }))
    .sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN'))
}
