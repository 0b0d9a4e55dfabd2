/**
 * The subset of the wx-server-sdk database API the functions rely on.
 * Production passes cloud.database(); tests and the local cloud pass the nedb-backed store.
 * The db-contract suite in test/db-contract pins down these semantics.
 */
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

export interface Query {
  where(cond: Record<string, unknown>): Query
  orderBy(field: string, order: 'asc' | 'desc'): Query
  limit(n: number): Query
  skip(n: number): Query
  field(f: Record<string, boolean>): Query
  get(): Promise<GetResult>
  count(): Promise<{ total: number }>
  update(opts: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocRef {
  get(): Promise<{ data: Doc }>
  set(opts: { data: Record<string, unknown> }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(opts: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Collection extends Query {
  doc(id: string): DocRef
  add(opts: { data: Record<string, unknown> }): Promise<{ _id: string }>
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
  collection(name: string): Collection
  command: Command
  serverDate(): unknown
  runTransaction<T>(fn: (tx: Transaction) => Promise<T>, retries?: number): Promise<T>
}

/** Real cloud's doc().get() rejects on a missing document; this answers null instead. */
export async function getDoc<T = Doc>(db: Database, collection: string, id: string): Promise<T | null> {
  try {
    const { data } = await db.collection(collection).doc(id).get()
    return (data ?? null) as T | null
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

export function isMissing(e: unknown): boolean {
  const msg = String((e as Error)?.message ?? e)
  return /does not exist|not exist|cannot find document|DATABASE_DOCUMENT_NOT_EXIST|-502001|document\.get:fail/i.test(msg)
}

/** server get() answers at most 1000 rows (100 on the client): page through. */
export async function getAll<T = Doc>(query: Query, pageSize = 1000): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += pageSize) {
    const { data } = await query.skip(skip).limit(pageSize).get()
    out.push(...(data as T[]))
    if (data.length < pageSize) return out
  }
}
