import { randomInt } from 'node:crypto'
import type { TimerEvent } from '../../_shared/dispatch'
import type { Ctx } from '../../_shared/ctx'
import { SUGGESTIONS } from '../../_shared/collections'
import { timeUp } from '../../_shared/budget'
import { createKey } from '../../_shared/anon/tokens'
import { getAll } from '../../_shared/db'
import { secondPurpose } from '../data/seconds'
import type { SuggestionDoc } from '../data/docs'
import { lastDueBatch } from '../lib/batch'

/** Fisher–Yates with a CSPRNG. */
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * The `publish` timer (config.json, 17:00 Beijing): every batch whose time has come goes on the
 * board, so a run that was missed is caught up by the next. Written in a shuffled order, so even
 * the order of these writes (datafile, oplog) says nothing about the order suggestions arrived in;
 * on the board they are listed by their random numbers.
 */
export async function publish(_event: TimerEvent, ctx: Ctx): Promise<{ published: number; keys: number }> {
  const due = lastDueBatch(ctx.now())
  const _ = ctx.db.command
  const docs = await getAll(
    ctx.db
      .collection<SuggestionDoc>(SUGGESTIONS)
      .where({ published: false, batch: _.lte(due) })
      .field({ _id: true, number: true })
  )
  const stop = timeUp(ctx.remainingMs)
  for (const d of shuffled(docs))
    await ctx.db
      .collection(SUGGESTIONS)
      .doc(d._id)
      .update({ data: { published: true } })
  // each published number's 附议 key, made here while nobody waits for it (a 2048-bit key takes
  // ~0.1-1 s); what the time left does not cover is made by secondTokens on first need
  let keys = 0
  for (const d of docs) {
    if (stop()) break
    await createKey(ctx.db, secondPurpose(d.number))
    keys++
  }
  return { published: docs.length, keys }
}
