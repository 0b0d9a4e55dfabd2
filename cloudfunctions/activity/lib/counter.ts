import { AppError } from '../../_shared/errors'
import { MAIN_BATCH, unitKey, type ActivityDoc, type BatchCount, type CounterDoc } from '../data/docs'

export type Decision = { place: 'confirmed' | 'waitlisted' } | { place: 'full'; reason: string }

const batchesOf = (a: Pick<ActivityDoc, 'batches' | 'capacity'>) =>
  a.batches.length ? a.batches.map((b) => ({ key: b.key, capacity: b.capacity ?? null })) : [{ key: MAIN_BATCH, capacity: a.capacity }]

const quotasOf = (a: Pick<ActivityDoc, 'quotas'>) => Object.fromEntries(Object.entries(a.quotas ?? {}).map(([u, n]) => [unitKey(u), n]))

export function newCounter(a: ActivityDoc): CounterDoc {
  const batches: Record<string, BatchCount> = {}
  for (const b of batchesOf(a)) batches[b.key] = { capacity: b.capacity, confirmed: 0, waitlisted: 0 }
  const quotas = quotasOf(a)
  return { _id: a._id, batches, units: Object.fromEntries(Object.keys(quotas).map((u) => [u, 0])), quotas, waitlist: a.waitlist, nextSeq: 1, h: {} }
}

/**
 * New limits, same counts. Lowering a capacity below the confirmed count keeps everyone: the
 * batch is simply over until cancels bring it under. A batch that still holds entries stays.
 */
export function withLimits(c: CounterDoc, a: ActivityDoc, labelOf: (key: string) => string): CounterDoc {
  const batches: Record<string, BatchCount> = {}
  for (const b of batchesOf(a)) {
    const old = c.batches[b.key]
    batches[b.key] = { capacity: b.capacity, confirmed: old?.confirmed ?? 0, waitlisted: old?.waitlisted ?? 0, promoting: old?.promoting ?? 0 }
  }
  for (const [key, old] of Object.entries(c.batches)) {
    if (!batches[key] && old.confirmed + old.waitlisted > 0) throw new AppError('CONFLICT', `「${labelOf(key)}」已有人报名，不能删除`)
  }
  const quotas = quotasOf(a)
  // a unit given a quota starts from its places so far: conditions compare units.<u> with it
  const units = { ...Object.fromEntries(Object.keys(quotas).map((u) => [u, 0])), ...c.units }
  return { ...c, batches, units, quotas, waitlist: a.waitlist }
}

/** Whether unit is under its quota (when it has one). */
export const fitsQuota = (c: Pick<CounterDoc, 'quotas' | 'units'>, unit: string): boolean => !quotaFull(c, unit)

function quotaFull(c: Pick<CounterDoc, 'quotas' | 'units'>, unit: string): boolean {
  const q = c.quotas[unitKey(unit)]
  return q !== undefined && (c.units[unitKey(unit)] ?? 0) >= q
}

const batchFull = (b: BatchCount) => b.capacity !== null && b.confirmed >= b.capacity

/** Whether a member of unit can be confirmed in batch now. */
const hasRoom = (c: CounterDoc, batch: string, unit: string): boolean => !batchFull(c.batches[batch]) && !quotaFull(c, unit)

export function decide(c: CounterDoc, batch: string, unit: string, batchLabel: string): Decision {
  if (hasRoom(c, batch, unit)) return { place: 'confirmed' }
  if (c.waitlist) return { place: 'waitlisted' }
  const reason = noRoomReason(c, batch, unit, batchLabel)
  return { place: 'full', reason: batch === MAIN_BATCH || reason.startsWith(unit) ? reason : `${reason}，可以选择其他批次` }
}

/** Why a member of unit finds no place in batch: their unit's quota when the batch still has room, else the batch. */
export function noRoomReason(c: CounterDoc, batch: string, unit: string, batchLabel: string): string {
  if (quotaFull(c, unit) && !batchFull(c.batches[batch])) return `${unit}的名额已满（每个部门最多 ${c.quotas[unitKey(unit)]} 人）`
  return batch === MAIN_BATCH ? '名额已满' : `「${batchLabel}」名额已满`
}
