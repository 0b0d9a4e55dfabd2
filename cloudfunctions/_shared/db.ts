/**
 * The subset of the wx-server-sdk database API the functions rely on.
 * Production and the local cloud both pass wx-server-sdk's cloud.database(); the local cloud only
 * answers its network requests. The db-contract suite in test/db-contract pins down the semantics.
 */
import type { CollectionName } from './collections'

export type Doc = Record<string, unknown> & { _id?: string }

/** A field condition; chains with and/or like the real db.command. */
export interface QueryCommand {
  and(...c: unknown[]): QueryCommand
  or(...c: unknown[]): QueryCommand
}

export interface Command {
  eq(v: unknown): QueryCommand
  neq(v: unknown): QueryCommand
  gt(v: unknown): QueryCommand
  gte(v: unknown): QueryCommand
  lt(v: unknown): QueryCommand
  lte(v: unknown): QueryCommand
  in(v: unknown[]): QueryCommand
  nin(v: unknown[]): QueryCommand
  exists(v: boolean): QueryCommand
  and(...c: unknown[]): QueryCommand
  or(...c: unknown[]): QueryCommand
  inc(n: number): unknown
  set(v: unknown): unknown
  remove(): unknown
  push(v: unknown): unknown
}

export interface GetResult<T = Doc> {
  data: T[]
}

/** A query whose get() answers documents of type T (`field()` narrows what is read, not T). */
export interface Query<T = Doc> {
  where(cond: Record<string, unknown>): Query<T>
  orderBy(field: string, order: 'asc' | 'desc'): Query<T>
  limit(n: number): Query<T>
  skip(n: number): Query<T>
  field(f: Record<string, boolean>): Query<T>
  get(): Promise<GetResult<T>>
  count(): Promise<{ total: number }>
  update(opts: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocRef<T = Doc> {
  field(f: Record<string, boolean>): DocRef<T>
  get(): Promise<{ data: T }>
  set(opts: { data: Record<string, unknown> }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(opts: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Collection<T = Doc> extends Query<T> {
  doc(id: string): DocRef<T>
  add(opts: { data: T | Record<string, unknown> }): Promise<{ _id: string }>
  /** Several documents in one request (database.insertDocument takes a list; the SDK answers _ids). */
  add(opts: { data: (T | Record<string, unknown>)[] }): Promise<{ _ids: string[] }>
}

export interface TxDocRef {
  get(): Promise<{ data: Doc }>
  set(opts: { data: Record<string, unknown> }): Promise<unknown>
  update(opts: { data: Record<string, unknown> }): Promise<unknown>
  remove(): Promise<unknown>
}

export interface Transaction {
  collection(name: string): { doc(id: string): TxDocRef; add(opts: { data: Record<string, unknown> }): Promise<{ _id: string }> }
  rollback(reason?: unknown): Promise<void>
}

export interface Database {
  /** T is what its documents are taken to be (the SDK checks nothing); the functions go through collection<T>() below. */
  collection<T = Doc>(name: string): Collection<T>
  createCollection(name: string): Promise<unknown>
  command: Command
  serverDate(): unknown
  runTransaction<T>(fn: (tx: Transaction) => Promise<T>, retries?: number): Promise<T>
}

/**
 * One of the functions' collections (the list in collections.ts) as holding documents of type T:
 * its get() and doc().get() answer T, its add() takes one. Each function's data/ module names the
 * type of each collection it owns, once, so no caller casts what it reads.
 */
export const collection = <T>(db: Database, name: CollectionName): Collection<T> => db.collection<T>(name)

/** An error the SDK threw (CloudSDKError): errCode and errMsg, e.g. -502005 "…collection not exists". */
interface SdkError {
  errCode?: number
  errMsg?: string
  message?: string
}
const msgOf = (e: unknown): string => String((e as SdkError)?.errMsg ?? (e as SdkError)?.message ?? e)

/**
 * wx-server-sdk's doc().get() rejects a missing document with exactly this text (index.js,
 * DocumentReference.get: `document with _id ${_id} does not exist`); any other failure, a timeout
 * among them, is a failure and must never be read as "absent".
 */
const MISSING = /^document\.get:fail document with _id .* does not exist$/

export function isMissing(e: unknown): boolean {
  return MISSING.test(msgOf(e))
}

/** TCB_ERR_CODE.DATABASE_COLLECTION_NOT_EXIST: the environment has not been set up (member.setup). */
export function isCollectionMissing(e: unknown): boolean {
  return (e as SdkError)?.errCode === -502005
}

/**
 * A transaction lost a race. The service answers DATABASE_TRANSACTION_CONFLICT; wx-server-sdk
 * rebuilds it as errCode -501001 with the service's text (TransactionConflict), so the SDK's own
 * retry (which checks error.code) never fires on a write: withTransaction retries instead.
 */
export function isConflict(e: unknown): boolean {
  return /TransactionConflict|DATABASE_TRANSACTION_CONFLICT/.test(msgOf(e)) || (e as { code?: string })?.code === 'DATABASE_TRANSACTION_CONFLICT'
}

/** add() of an _id that exists: MongoDB's duplicate-key error, passed through by CloudBase. */
export function isDuplicate(e: unknown): boolean {
  return /E11000|duplicate key/i.test(msgOf(e))
}

/** createCollection of one that exists: CloudBase answers "Table exist". */
export function isCollectionExisting(e: unknown): boolean {
  return /Table exist|already exist/i.test(msgOf(e))
}

/** Inserts doc (its _id given) unless that _id exists: true when this call created it. */
export async function addIfAbsent(db: Database, collection: string, doc: Record<string, unknown> & { _id: string }): Promise<boolean> {
  try {
    await db.collection(collection).add({ data: doc })
    return true
  } catch (e) {
    if (isDuplicate(e)) return false
    throw e
  }
}

/** doc().get() (only the fields given, if any) that answers null for a missing document and throws on every other failure. */
export async function getDoc<T = Doc>(db: Database, collection: string, id: string, fields?: Record<string, boolean>): Promise<T | null> {
  try {
    const ref = db.collection<T>(collection).doc(id)
    const { data } = await (fields ? ref.field(fields) : ref).get()
    return data ?? null
  } catch (e) {
    if (isMissing(e)) return null
    throw e
  }
}

export async function txGetDoc<T = Doc>(tx: Transaction, collection: string, id: string): Promise<T | null> {
  try {
    const { data } = await tx.collection(collection).doc(id).get()
    return (data ?? null) as T | null
  } catch (e) {
    if (isMissing(e)) return null
    throw e
  }
}

export interface RetryOptions {
  /** Runs of fn at most (default 16: a dozen writers racing for one document each get through). */
  attempts?: number
  /** First backoff in ms, doubled each time up to 400 ms, with full jitter (default 15). */
  baseMs?: number
}

/** The longest wait between two runs: 16 runs wait at most ~5 s in all, inside a 10 s timeout. */
const MAX_BACKOFF_MS = 400

/**
 * runTransaction, re-run on conflict with jittered exponential backoff, so racing writers spread
 * out instead of colliding again in lockstep. fn may run several times: it must only read and
 * write through tx, and return what it decided.
 */
export async function withTransaction<T>(db: Database, fn: (tx: Transaction) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 16
  const base = opts.baseMs ?? 15
  for (let i = 1; ; i++) {
    try {
      return await db.runTransaction(fn, 1)
    } catch (e) {
      if (!isConflict(e) || i >= attempts) throw e
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(MAX_BACKOFF_MS, base * 2 ** (i - 1))))
    }
  }
}

/**
 * get() answers at most 1000 rows on the server (100 by default): page through, in a stable order
 * (by _id unless the query sorts), so a document is neither skipped nor repeated between pages.
 */
export async function getAll<T = Doc>(query: Query<T>, pageSize = 1000): Promise<T[]> {
  const out: T[] = []
  // MongoDB returns ties of a sort (and an unsorted query) in no fixed order: without a unique
  // last key, pages read by skip can miss or repeat documents. (This sets _id ascending: a query
  // ordered by _id descending must page by itself.)
  const ordered = query.orderBy('_id', 'asc')
  for (let skip = 0; ; skip += pageSize) {
    const { data } = await ordered.skip(skip).limit(pageSize).get()
    out.push(...data)
    if (data.length < pageSize) return out
  }
}

interface InnerQuery {
  updateAndReturn?(data: Record<string, unknown>): Promise<{ doc?: Doc; code?: string; message?: string }>
}

/**
 * One conditional update that answers the document after it (database.modifyAndReturnDoc, a
 * MongoDB findOneAndUpdate), or null when nothing matched. @cloudbase/database 1.4's Query has it
 * (src/query.ts updateAndReturn); wx-server-sdk 3.0's wrapper Query does not re-export it, so this
 * calls the wrapped query (`_query`). The contract suite fails if a new SDK moves it.
 */
export async function updateAndReturn<T = Doc>(query: Query<T>, data: Record<string, unknown>): Promise<T | null> {
  const inner = (query as Query<T> & { _query?: InnerQuery })._query
  if (!inner?.updateAndReturn) throw new Error('updateAndReturn is not available in this wx-server-sdk')
  const res = await inner.updateAndReturn(data)
  // the inner SDK answers a service error as { code, message } (wx-server-sdk inits it with throwOnCode: false)
  if (res?.code) throw Object.assign(new Error(res.message), { errCode: res.code === 'DATABASE_COLLECTION_NOT_EXIST' ? -502005 : -501001, errMsg: `collection.updateAndReturn:fail ${res.message}` })
  return (res?.doc ?? null) as T | null
}
