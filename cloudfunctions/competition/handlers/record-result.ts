import type { RecordResultInput, RecordResultOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { loadCompetition } from '../data/competitions'
import { keyId, type EventDoc, type HistoryEntry, type ResultDoc } from '../data/docs'
import { loadEntry } from '../data/entries'
import { loadEvent, txLoadEvent, txUpdateEvent } from '../data/events'
import { txLoadResult, txPutResult } from '../data/results'
import { actorName } from '../lib/access'
import { valueOf } from './value-of'

/**
 * Records an entrant's result; recording the same entrant again is a correction, kept in the
 * result's history (who, when, old → new). Either way the event waits for the chair's review.
 */
export async function recordResult(input: RecordResultInput, ctx: Ctx): Promise<RecordResultOutput> {
  const event = await loadEvent(ctx, input.eventId)
  if (event.bracket) throw new AppError('CONFLICT', `${event.name}按对阵赛计名次，请在对阵表里录入比分`)
  const competition = await loadCompetition(ctx, event.competitionId)
  if (!competition.units.includes(input.unit)) throw new AppError('BAD_REQUEST', `单位“${input.unit}”不是本次比赛的参赛单位`)
  const who = await entrantOf(input, event, ctx)
  const next = valueOf(input, event)
  const id = keyId('result', event._id, who.memberId ?? `${input.unit}\u0000${who.name}`)
  return withTransaction(ctx.db, async (tx) => {
    const ev = await txLoadEvent(tx, event._id)
    if (!ev) throw new AppError('NOT_FOUND', '没有这个比赛项目')
    const prev = await txLoadResult(tx, id)
    // never before the correction it follows: a retried transaction may commit after one that read the clock later
    const now = ctx.now().toISOString()
    const last = prev?.history.at(-1)?.at
    const at = last && last > now ? last : now
    const out = { id, eventId: ev._id, unit: input.unit, name: who.name, ...(who.memberId ? { memberId: who.memberId } : {}), ...next }
    if (prev && prev.value === next.value && JSON.stringify(prev.scores) === JSON.stringify(next.scores)) return { ...out, corrected: false, version: ev.version }
    const entry: HistoryEntry = { at, by: actorName(ctx), new: next, ...(prev ? { old: { value: prev.value, display: prev.display, ...(prev.scores ? { scores: prev.scores } : {}) } } : {}) }
    const doc: Omit<ResultDoc, '_id'> = {
      competitionId: ev.competitionId,
      eventId: ev._id,
      unit: input.unit,
      name: who.name,
      ...(who.memberId ? { memberId: who.memberId } : {}),
      ...next,
      history: [...(prev?.history ?? []), entry],
      recordedAt: prev?.recordedAt ?? at,
      updatedAt: at
    }
    await txPutResult(tx, id, doc)
    await txUpdateEvent(tx, ev._id, { version: ev.version + 1, updatedAt: at })
    return { ...out, corrected: Boolean(prev), version: ev.version + 1 }
  })
}

/** A member's result needs their entry (and takes their unit); a team or a guest athlete needs a name. */
async function entrantOf(input: RecordResultInput, event: EventDoc, ctx: Ctx): Promise<{ name: string; memberId?: string }> {
  if (input.memberId) {
    const entry = await loadEntry(ctx.db, keyId('entry', event._id, input.memberId))
    if (!entry) throw new AppError('CONFLICT', `该会员没有报名${event.name}，请先报名`)
    if (entry.unit !== input.unit) throw new AppError('BAD_REQUEST', `${entry.name}报名的单位是${entry.unit}，不是${input.unit}`)
    return { name: entry.name, memberId: input.memberId }
  }
  if (event.team) return { name: input.name || input.unit }
  if (!input.name) throw new AppError('BAD_REQUEST', '请填写运动员姓名，或从报名名单中选择')
  return { name: input.name }
}
