import { randomBytes } from 'node:crypto'
import { COMP_COUNTERS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { addIfAbsent, collection, getAll, getDoc, updateAndReturn, type Database } from '../../_shared/db'
import { holderKey } from '../../_shared/holder-key'
import { personPlaces, unitPlaces } from '../../_shared/competition-entry/requests'
import { keyId, type EventDoc } from './docs'
import { entriesIn, hasEntry } from './entries'
import { eventsIn } from './events'

/**
 * Entry limits as counters that hold their holders: `unit:<event>:<unit>` holds the members of a
 * unit entered in an event, `person:<competition>:<member>` the individual events a person is in.
 * A place is taken by one conditional update (`count < limit` and this holder absent), so a crowd
 * of officers entering at once spreads over many small documents and never waits on a
 * transaction (with one, 960 simultaneous entries timed out 857 times at 15 ms a request).
 *
 * The entry is written after its places: a call cut off in between leaves a hold without an entry,
 * which its retry takes over, and which `heal` releases once it is older than any call can run and
 * still has no entry. Every hold carries a token (`at`, unique per claim): a release names the
 * token it read, so it never gives back a hold another call has taken over since.
 */
export interface Hold {
  of: string
  /** when it was taken, and a nonce: the hold's token */
  at: string
}

/** Collection `comp_counters`. */
export interface PlacesDoc {
  _id: string
  count: number
  h: Record<string, Hold>
}

const placesIn = (db: Database) => collection<PlacesDoc>(db, COMP_COUNTERS)

/** Longer than any function runs (60 s at most): a hold this old with no entry was cut off. */
const STALE_MS = 120_000

// the ids and the early count are shared with activity's 参赛项目 sign-up
export { personPlaces, placesTaken, unitPlaces } from '../../_shared/competition-entry/requests'

export type Claim = { got: 'taken' | 'held'; token: string } | { got: 'full' }

export interface Counter {
  id: string
  limit: number
  /** the entry a hold of this counter stands for */
  entryOf: (of: string) => string
  /** who holds a place by the entries themselves, to rebuild a counter written before holds */
  holdersByEntries: () => Promise<string[]>
}

const tokenAt = (now: Date) => `${now.toISOString()}#${randomBytes(4).toString('hex')}`

/** Takes a place for `holder` (a member in a unit counter, an event in a person's), or takes over its own earlier hold. */
export async function claim(ctx: Pick<Ctx, 'db' | 'now'>, c: Counter, holder: string): Promise<Claim> {
  const _ = ctx.db.command
  const k = holderKey(holder)
  const places = placesIn(ctx.db)
  let healed = false
  // each round that fails learns why; a place that was free a moment ago (the counter just
  // created, a place just given back) is tried again, a few times at most
  for (let round = 0; round < 5; round++) {
    const token = tokenAt(ctx.now())
    if (await updateAndReturn(places.where({ _id: c.id, count: _.lt(c.limit), [`h.${k}`]: _.exists(false) }), { count: _.inc(1), [`h.${k}`]: { of: holder, at: token } })) {
      return { got: 'taken', token }
    }
    const doc = await getDoc<PlacesDoc>(ctx.db, COMP_COUNTERS, c.id)
    if (!doc) {
      await addIfAbsent(ctx.db, COMP_COUNTERS, { _id: c.id, count: 0, h: {} })
      continue
    }
    if (!doc.h) {
      await rebuild(ctx, c)
      continue
    }
    const mine = doc.h[k]
    if (mine) {
      // a retry (or the same entry made twice at once): the newest call owns the hold
      const { stats } = await places.where({ _id: c.id, [`h.${k}.at`]: mine.at }).update({ data: { [`h.${k}.at`]: token } })
      if (stats.updated === 1) return { got: 'held', token }
      continue
    }
    if (doc.count < c.limit) continue
    if (healed || !(await heal(ctx, doc, c))) return { got: 'full' }
    healed = true
  }
  return { got: 'full' }
}

/** Gives back `holder`'s place if it still holds the one with `token` (absent: whatever it holds). */
export async function release(ctx: Pick<Ctx, 'db'>, id: string, holder: string, token?: string): Promise<boolean> {
  const _ = ctx.db.command
  const k = holderKey(holder)
  const { stats } = await placesIn(ctx.db)
    .where({ _id: id, [`h.${k}`]: _.exists(true), ...(token ? { [`h.${k}.at`]: token } : {}) })
    .update({ data: { count: _.inc(-1), [`h.${k}`]: _.remove() } })
  return stats.updated === 1
}

/** `holder`'s hold in counter `id`, if any. */
export async function holdOf(ctx: Pick<Ctx, 'db'>, id: string, holder: string): Promise<Hold | null> {
  const k = holderKey(holder)
  return (await getDoc<PlacesDoc>(ctx.db, COMP_COUNTERS, id, { [`h.${k}`]: true }))?.h?.[k] ?? null
}

/** Releases holds older than any call whose entry was never written; true if any was. */
async function heal(ctx: Pick<Ctx, 'db' | 'now'>, doc: PlacesDoc, c: Counter): Promise<boolean> {
  const cutoff = ctx.now().getTime() - STALE_MS
  let freed = false
  for (const hold of Object.values(doc.h)) {
    if (Date.parse(hold.at.split('#')[0]) > cutoff) continue
    if (await hasEntry(ctx.db, c.entryOf(hold.of))) continue
    // by its token: a retry that took the hold over since keeps it
    if (await release(ctx, doc._id, hold.of, hold.at)) freed = true
  }
  return freed
}

/** A counter from before holds (`{ count }` only) is rebuilt once from the entries it counts. */
async function rebuild(ctx: Pick<Ctx, 'db' | 'now'>, c: Counter): Promise<void> {
  const _ = ctx.db.command
  const at = tokenAt(ctx.now())
  const holders = await c.holdersByEntries()
  const h = Object.fromEntries(holders.map((of) => [holderKey(of), { of, at }]))
  await placesIn(ctx.db)
    .where({ _id: c.id, h: _.exists(false) })
    .update({ data: { count: holders.length, h: _.set(h) } })
}

/** The counter of a unit's places in an event. */
export function unitCounter(ctx: Pick<Ctx, 'db'>, event: Pick<EventDoc, '_id' | 'unitLimit'>, unit: string): Counter {
  return {
    id: unitPlaces(event._id, unit),
    limit: event.unitLimit,
    entryOf: (memberId) => keyId('entry', event._id, memberId),
    holdersByEntries: async () => (await getAll(entriesIn(ctx.db).where({ eventId: event._id, unit }).field({ memberId: true }))).map((e) => e.memberId)
  }
}

/** The counter of a person's individual events in a competition (team events do not count). */
export function personCounter(ctx: Pick<Ctx, 'db'>, competition: { _id: string; personLimit: number }, memberId: string): Counter {
  return {
    id: personPlaces(competition._id, memberId),
    limit: competition.personLimit,
    entryOf: (eventId) => keyId('entry', eventId, memberId),
    holdersByEntries: async () => {
      const ids = (await getAll(entriesIn(ctx.db).where({ competitionId: competition._id, memberId }).field({ eventId: true }))).map((e) => e.eventId)
      if (!ids.length) return []
      const events = await getAll(
        eventsIn(ctx.db)
          .where({ _id: ctx.db.command.in(ids) })
          .field({ team: true })
      )
      return events.filter((e) => !e.team).map((e) => e._id)
    }
  }
}

/** Drops a counter whose event is gone, holds and all. */
export async function dropPlaces(ctx: Pick<Ctx, 'db'>, id: string): Promise<void> {
  await placesIn(ctx.db).where({ _id: id }).remove()
}
