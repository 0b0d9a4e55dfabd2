import { GREETING_RUNS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { collection, getDoc, type Database } from '../../_shared/db'
import type { RunDoc } from './docs'

const runsIn = (db: Database) => collection<RunDoc>(db, GREETING_RUNS)

export interface Progress {
  scanned: number
  created: number
  pushed: number
}

export async function openRun(ctx: Ctx, date: string): Promise<RunDoc> {
  const found = await getDoc<RunDoc>(ctx.db, GREETING_RUNS, date)
  if (found) return found
  const at = ctx.now().toISOString()
  const doc: RunDoc = { _id: date, cursor: '', done: false, scanned: 0, created: 0, pushed: 0, startedAt: at, updatedAt: at }
  try {
    await runsIn(ctx.db).add({ data: doc })
    return doc
  } catch (e) {
    // an overlapping firing opened it first
    const again = await getDoc<RunDoc>(ctx.db, GREETING_RUNS, date)
    if (again) return again
    throw e
  }
}

/** Saved after every chunk, so a run cut off anywhere loses at most one chunk of work (redone, not doubled). */
export async function saveProgress(ctx: Ctx, date: string, cursor: string, p: Progress, at: string): Promise<void> {
  const _ = ctx.db.command
  await runsIn(ctx.db)
    .doc(date)
    .update({ data: { cursor, scanned: _.inc(p.scanned), created: _.inc(p.created), pushed: _.inc(p.pushed), updatedAt: at } })
}

export async function finishRun(ctx: Ctx, date: string, at: string): Promise<void> {
  await runsIn(ctx.db)
    .doc(date)
    .update({ data: { done: true, finishedAt: at, updatedAt: at } })
}
