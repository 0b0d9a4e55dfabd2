import type { CollectionName } from './collections'
import { addIfAbsent, collection, getDoc, updateAndReturn, type Database } from './db'

/** How many attempts a key gets in one window, and where its records live. */
export interface ThrottleRule {
  collection: CollectionName
  limit: number
  windowMs: number
  /**
   * Windows start on whole multiples of windowMs (UTC) rather than at the first attempt, so the
   * record holds no instant finer than the window (the suggestion box's claims need that).
   */
  aligned?: boolean
}

/** A throttle record (_id = the key): the window's start and the attempts spent in it. */
export interface ThrottleDoc {
  _id: string
  /** ISO instant the window began */
  since: string
  count: number
}

export type Verdict = { allowed: true } | { allowed: false; retryAt: Date }

const ALLOWED: Verdict = { allowed: true }
const endOf = (rule: ThrottleRule, doc: ThrottleDoc) => Date.parse(doc.since) + rule.windowMs
const live = (rule: ThrottleRule, doc: ThrottleDoc, now: Date): boolean => endOf(rule, doc) > now.getTime()
const startAt = (rule: ThrottleRule, now: Date) => new Date(rule.aligned ? Math.floor(now.getTime() / rule.windowMs) * rule.windowMs : now.getTime()).toISOString()

/** The record, or null when there is none; a failed read throws (getDoc), so it never reads as "no attempts". */
export const readThrottle = (db: Database, rule: ThrottleRule, key: string) => getDoc<ThrottleDoc>(db, rule.collection, key)

/** What a record already read says, without spending an attempt: a cheap gate before costly work. */
export function verdictOf(rule: ThrottleRule, doc: ThrottleDoc | null, now: Date): Verdict {
  return doc && live(rule, doc, now) && doc.count >= rule.limit ? { allowed: false, retryAt: new Date(endOf(rule, doc)) } : ALLOWED
}

/**
 * Spends one attempt of key, or refuses when its window is full. Each step is one atomic write
 * (insert of a first window, reset of an ended one, increment of a live one, which answers the
 * count it made), never a transaction: a flood of attempts on one key races on a single document
 * without queueing behind it, and a refused attempt costs one write at most. Spending before the
 * work it guards bounds that work even for attempts sent all at once. `known` is a record the
 * caller has just read (saves a read).
 */
export async function spend(db: Database, rule: ThrottleRule, key: string, now: Date, known?: ThrottleDoc | null): Promise<Verdict> {
  const coll = collection<ThrottleDoc>(db, rule.collection)
  let doc = known === undefined ? await readThrottle(db, rule, key) : known
  // a lost race is a window that began or ended meanwhile: a few rounds settle it
  for (let round = 0; round < 4; round++) {
    if (round > 0) doc = await readThrottle(db, rule, key)
    const verdict = verdictOf(rule, doc, now)
    if (!verdict.allowed) return verdict
    const fresh = { since: startAt(rule, now), count: 1 }
    if (doc && !live(rule, doc, now)) {
      const { stats } = await coll.where({ _id: key, since: doc.since }).update({ data: fresh })
      if (stats.updated === 1) return ALLOWED
      continue
    }
    if (!doc && (await addIfAbsent(db, rule.collection, { _id: key, ...fresh }))) return ALLOWED
    // every attempt in a live window counts, refused ones too: the count it answers decides
    const after = await updateAndReturn(coll.where({ _id: key, since: db.command.gt(new Date(now.getTime() - rule.windowMs).toISOString()) }), { count: db.command.inc(1) })
    if (after) return after.count <= rule.limit ? ALLOWED : verdictOf(rule, after, now)
  }
  // still racing after that many rounds: refuse rather than let an attempt through uncounted
  return { allowed: false, retryAt: new Date(now.getTime() + rule.windowMs) }
}

/** Forgets key's attempts (a success resets the count). */
export async function clearThrottle(db: Database, rule: ThrottleRule, key: string): Promise<void> {
  await collection<ThrottleDoc>(db, rule.collection).where({ _id: key }).remove()
}

/** Drops every record whose window has ended, so old attempts leave no trail. */
export async function sweepThrottle(db: Database, rule: ThrottleRule, now: Date): Promise<void> {
  await collection<ThrottleDoc>(db, rule.collection)
    .where({ since: db.command.lte(new Date(now.getTime() - rule.windowMs).toISOString()) })
    .remove()
}

/** Whole minutes until retryAt, at least 1: what a refused member is told to wait. */
export const minutesUntil = (retryAt: Date, now: Date): number => Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000))
