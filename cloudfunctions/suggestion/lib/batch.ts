import { addDays, inUnionTz, unionDate } from '../../_shared/clock'

/** The hour (Beijing) each day's batch of suggestions goes on the board; config.json's `publish` timer fires then. */
export const BATCH_HOUR = 17

/**
 * The Beijing day whose 17:00 batch a suggestion made at `now` goes out in: today's before 17:00,
 * tomorrow's from 17:00 on. This day is the only time stored about the author's act, so the
 * suggestions of one batch cannot be told apart by when they came.
 */
export function batchOf(now: Date): string {
  const today = unionDate(now)
  return inUnionTz(now).hour() < BATCH_HOUR ? today : addDays(today, 1)
}

/** When the batch of that day is published. China keeps UTC+8 all year. */
export const publishesAt = (batch: string): Date => new Date(`${batch}T${String(BATCH_HOUR).padStart(2, '0')}:00:00+08:00`)

/** The latest batch whose time has come at `now`: a run that was missed or late publishes everything up to it. */
export const lastDueBatch = (now: Date): string => addDays(batchOf(now), -1)

/** YYYY-MM-DD of the Monday (Beijing) starting the week of `now`: one signing key and 5 tokens per member per such week. */
export function weekOf(now: Date): string {
  const today = unionDate(now)
  const weekday = inUnionTz(now).day() // 0 = Sunday
  return addDays(today, -((weekday + 6) % 7))
}
