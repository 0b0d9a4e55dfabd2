import { AppError } from '../../_shared/errors'
import { MAIN_BATCH, unitKey, type ActivityDoc } from './docs'

export interface BatchCount {
  /** null = unlimited */
  capacity: number | null
  confirmed: number
  waitlisted: number
}

/**
 * Collection `activity_counters`, id = activity id. Every sign-up, cancel and promotion reads and
 * writes it in one transaction, and it holds the limits it enforces, so an edit and a sign-up
 * never judge by different capacities.
 */
export interface CounterDoc {
  _id: string
  batches: Record<string, BatchCount>
  /** confirmed places per unit (by unitKey), across batches */
  units: Record<string, number>
  quotas: Record<string, number>
  waitlist: boolean
  nextSeq: number
}

export type Decision = { place: 'confirmed' | 'waitlisted' } | { place: 'full'; reason: string }

const batchesOf = (a: Pick<ActivityDoc, 'batches' | 'capacity'>) =>
  a.batches.length ? a.batches.map((b) => ({ key: b.key, capacity: b.capacity ?? null })) : [{ key: MAIN_BATCH, capacity: a.capacity }]

const quotasOf = (a: Pick<ActivityDoc, 'quotas'>) => Object.fromEntries(Object.entries(a.quotas ?? {}).map(([u, n]) => [unitKey(u), n]))

export function newCounter(a: ActivityDoc): CounterDoc {
  const batches: Record<string, BatchCount> = {}
  for (const b of batchesOf(a)) batches[b.key] = { capacity: b.capacity, confirmed: 0, waitlisted: 0 }
  return { _id: a._id, batches, units: {}, quotas: quotasOf(a), waitlist: a.waitlist, nextSeq: 1 }
}

/**
 * New limits, same counts. Lowering a capacity below the confirmed count keeps everyone: the
 * batch is simply over until cancels bring it under. A batch that still holds entries stays.
 */
export function withLimits(c: CounterDoc, a: ActivityDoc, labelOf: (key: string) => string): CounterDoc {
  const batches: Record<string, BatchCount> = {}
  for (const b of batchesOf(a)) {
    const old = c.batches[b.key]
    batches[b.key] = { capacity: b.capacity, confirmed: old?.confirmed ?? 0, waitlisted: old?.waitlisted ?? 0 }
  }
  for (const [key, old] of Object.entries(c.batches)) {
    if (!batches[key] && old.confirmed + old.waitlisted > 0) throw new AppError('CONFLICT', `「${labelOf(key)}」已有人报名，不能删除`)
  }
  return { ...c, batches, quotas: quotasOf(a), waitlist: a.waitlist }
}

const quotaFull = (c: CounterDoc, unit: string) => {
  const q = c.quotas[unitKey(unit)]
  return q !== undefined && (c.units[unitKey(unit)] ?? 0) >= q
}

const batchFull = (b: BatchCount) => b.capacity !== null && b.confirmed >= b.capacity

/** Whether a member of unit can be confirmed in batch now. */
export const hasRoom = (c: CounterDoc, batch: string, unit: string): boolean => !batchFull(c.batches[batch]) && !quotaFull(c, unit)

/** A batch with a free place (quota aside): worth looking at its waitlist. */
export const batchHasRoom = (c: CounterDoc, batch: string): boolean => Boolean(c.batches[batch]) && !batchFull(c.batches[batch])

export function decide(c: CounterDoc, batch: string, unit: string, batchLabel: string): Decision {
  if (hasRoom(c, batch, unit)) return { place: 'confirmed' }
  if (c.waitlist) return { place: 'waitlisted' }
  if (quotaFull(c, unit) && !batchFull(c.batches[batch])) return { place: 'full', reason: `${unit}的名额已满（每个部门最多 ${c.quotas[unitKey(unit)]} 人）` }
  return { place: 'full', reason: batch === MAIN_BATCH ? '名额已满' : `「${batchLabel}」名额已满，可以选择其他批次` }
}

/** Takes the place decided; answers the sign-up's seq. */
export function take(c: CounterDoc, batch: string, unit: string, place: 'confirmed' | 'waitlisted'): number {
  const b = c.batches[batch]
  if (place === 'confirmed') {
    b.confirmed += 1
    c.units[unitKey(unit)] = (c.units[unitKey(unit)] ?? 0) + 1
  } else b.waitlisted += 1
  return c.nextSeq++
}

export function release(c: CounterDoc, batch: string, unit: string, status: 'confirmed' | 'waitlisted'): void {
  const b = c.batches[batch]
  if (!b) return
  if (status === 'confirmed') {
    b.confirmed = Math.max(0, b.confirmed - 1)
    c.units[unitKey(unit)] = Math.max(0, (c.units[unitKey(unit)] ?? 0) - 1)
  } else b.waitlisted = Math.max(0, b.waitlisted - 1)
}

export function promote(c: CounterDoc, batch: string, unit: string): void {
  c.batches[batch].waitlisted = Math.max(0, c.batches[batch].waitlisted - 1)
  c.batches[batch].confirmed += 1
  c.units[unitKey(unit)] = (c.units[unitKey(unit)] ?? 0) + 1
}
