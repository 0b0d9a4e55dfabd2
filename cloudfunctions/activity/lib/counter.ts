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

/** Whether unit has room under its quota (when it has one) for size more people. */
export const fitsQuota = (c: Pick<CounterDoc, 'quotas' | 'units'>, unit: string, size = 1): boolean => !quotaFull(c, unit, size)

function quotaFull(c: Pick<CounterDoc, 'quotas' | 'units'>, unit: string, size = 1): boolean {
  const q = c.quotas[unitKey(unit)]
  return q !== undefined && (c.units[unitKey(unit)] ?? 0) + size > q
}

const batchFull = (b: BatchCount, size = 1) => b.capacity !== null && b.confirmed + size > b.capacity

/** Whether a member of unit (with size - 1 companions) can be confirmed in batch now. */
const hasRoom = (c: CounterDoc, batch: string, unit: string, size: number): boolean => !batchFull(c.batches[batch], size) && !quotaFull(c, unit, size)

export function decide(c: CounterDoc, batch: string, unit: string, batchLabel: string, size = 1): Decision {
  if (hasRoom(c, batch, unit, size)) return { place: 'confirmed' }
  if (c.waitlist) return { place: 'waitlisted' }
  const reason = noRoomReason(c, batch, unit, batchLabel, size)
  return { place: 'full', reason: batch === MAIN_BATCH || reason.startsWith(unit) ? reason : `${reason}，可以选择其他批次` }
}

/** Why a member of unit finds no place in batch: their unit's quota when the batch still has room, else the batch. */
export function noRoomReason(c: CounterDoc, batch: string, unit: string, batchLabel: string, size = 1): string {
  const b = c.batches[batch]
  // with companions the places left may be fewer than the group, though not none
  if (size > 1 && !batchFull(b, 1) && batchFull(b, size)) return `名额只剩 ${(b.capacity ?? 0) - b.confirmed} 个，不够本人加同行 ${size - 1} 人`
  if (size > 1 && !quotaFull(c, unit, 1) && quotaFull(c, unit, size)) return `${unit}的名额不够本人加同行 ${size - 1} 人（每个部门最多 ${c.quotas[unitKey(unit)]} 人）`
  if (quotaFull(c, unit) && !batchFull(b)) return `${unit}的名额已满（每个部门最多 ${c.quotas[unitKey(unit)]} 人）`
  return batch === MAIN_BATCH ? '名额已满' : `「${batchLabel}」名额已满`
}
