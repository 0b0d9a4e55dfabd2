import type { Ctx } from '../_shared/ctx'
import { addIfAbsent, getDoc, updateAndReturn } from '../_shared/db'
import { holderKey } from '../_shared/holder-key'
import { COUNTERS, ENTRIES, keyId } from './docs'

/**
 * Entry limits as counters that hold their holders: `unit:<event>:<unit>` holds the members of a
 * unit entered in an event, `person:<competition>:<member>` the individual events a person is in.
 * A place is taken by one conditional update (`count < limit` and this holder absent), so a crowd
 * of officers entering at once spreads over many small documents and never waits on a
 * transaction (with one, 960 simultaneous entries timed out 857 times at 15 ms a request).
 * The entry is written after its places: a call cut off in between leaves a hold without an entry,
 * which its retry takes up, and which `heal` releases once it is older than any call can run.
 */
export interface PlacesDoc {
  _id: string
  count: number
  h: Record<string, { of: string; at: string }>
}

/** Longer than any function runs (60 s at most): a hold this old with no entry was cut off. */
const STALE_MS = 120_000

export const unitPlaces = (eventId: string, unit: string) => keyId('unit', eventId, unit)
export const personPlaces = (competitionId: string, memberId: string) => keyId('person', competitionId, memberId)

export type Claim = 'taken' | 'held' | 'full'

/**
 * Takes a place under `limit` in counter `id` for `holder` (a member in a unit counter, an event in
 * a person's). `entryOf(of)` names the entry a hold stands for, so a full counter can be healed.
 */
export async function claim(ctx: Pick<Ctx, 'db' | 'now'>, id: string, holder: string, limit: number, entryOf: (of: string) => string): Promise<Claim> {
  const _ = ctx.db.command
  const k = holderKey(holder)
  const take = () =>
    updateAndReturn<PlacesDoc>(ctx.db.collection(COUNTERS).where({ _id: id, count: _.lt(limit), [`h.${k}`]: _.exists(false) }), {
      count: _.inc(1),
      [`h.${k}`]: { of: holder, at: ctx.now().toISOString() }
    })
  let healed = false
  // each round that fails learns why; a place that was free a moment ago (the counter just
  // created, a place just given back) is tried again, a few times at most
  for (let round = 0; round < 4; round++) {
    if (await take()) return 'taken'
    const doc = await getDoc<PlacesDoc>(ctx.db, COUNTERS, id)
    if (!doc) {
      await addIfAbsent(ctx.db, COUNTERS, { _id: id, count: 0, h: {} })
      continue
    }
    if (doc.h?.[k]) return 'held'
    if (doc.count < limit) continue
    if (healed || !(await heal(ctx, doc, entryOf))) return 'full'
    healed = true
  }
  return 'full'
}

/** Gives back `holder`'s place in counter `id`, if it holds one. */
export async function release(ctx: Pick<Ctx, 'db'>, id: string, holder: string): Promise<void> {
  const _ = ctx.db.command
  const k = holderKey(holder)
  await ctx.db
    .collection(COUNTERS)
    .where({ _id: id, [`h.${k}`]: _.exists(true) })
    .update({ data: { count: _.inc(-1), [`h.${k}`]: _.remove() } })
}

/** Whether `holder` holds a place in counter `id`. */
export async function holds(ctx: Pick<Ctx, 'db'>, id: string, holder: string): Promise<boolean> {
  const k = holderKey(holder)
  return !!(await getDoc<PlacesDoc>(ctx.db, COUNTERS, id, { [`h.${k}`]: true }))?.h?.[k]
}

/** Releases holds older than any call whose entry was never written; true if any was. */
async function heal(ctx: Pick<Ctx, 'db' | 'now'>, doc: PlacesDoc, entryOf: (of: string) => string): Promise<boolean> {
  const cutoff = ctx.now().getTime() - STALE_MS
  let freed = false
  for (const hold of Object.values(doc.h ?? {})) {
    if (Date.parse(hold.at) > cutoff) continue
    if (await getDoc(ctx.db, ENTRIES, entryOf(hold.of), { _id: true })) continue
    await release(ctx, doc._id, hold.of)
    freed = true
  }
  return freed
}
