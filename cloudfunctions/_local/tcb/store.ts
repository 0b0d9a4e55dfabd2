import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Datastore from '@seald-io/nedb'
import model from '@seald-io/nedb/lib/model.js'
import { EJSON } from 'bson'
import { INDEXED_FIELDS, type CollectionName } from '../../_shared/collections'
import { AppendLog, attachAppendLog } from './append'
import { collectionMissing, duplicateKey, TcbError } from './errors'
import { Mutex } from './mutex'

export type Doc = Record<string, unknown> & { _id: string }
/** One document's state after a transaction: null removes it. `insert` must not find it there. */
export interface Write {
  coll: string
  id: string
  doc: Doc | null
  insert?: boolean
}

export interface FindOptions {
  sort?: Record<string, 1 | -1> | null
  skip?: number
  limit?: number
  projection?: Record<string, 0 | 1> | null
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/
const JOURNAL = 'journal.jsonl'
const key = (coll: string, id: string) => `${coll}\u0000${id}`
/** CloudBase's generated ids are 32 hex characters. */
export const newId = () => randomBytes(16).toString('hex')

/**
 * The documents of a CloudBase environment: one nedb datafile per created collection in dir (in
 * memory when dir is undefined). Writes to one collection pass a short latch, so a conditional
 * update is atomic per document as on MongoDB; nothing else is serialised. Documents written by an
 * open transaction are locked: a plain write waits for the transaction to end (as MongoDB's does),
 * another transaction's write conflicts. A commit is journalled before it is applied, so a kill at
 * any moment leaves all of it or none of it after restart.
 */
export class DocumentStore {
  private stores = new Map<string, Promise<Datastore>>()
  private created = new Set<string>()
  private logs = new Map<string, AppendLog>()
  private latches = new Map<string, Mutex>()
  private versions = new Map<string, number>()
  private locks = new Map<string, { tx: string; released: Promise<void>; release: () => void }>()
  private journal: AppendLog | null = null
  private seq = 0
  /** Documents written so far (a commit counts once): lets tests prove "nothing was written". */
  writes = 0

  constructor(readonly dir?: string) {}

  async open(): Promise<void> {
    if (!this.dir) return
    mkdirSync(this.dir, { recursive: true })
    for (const f of readdirSync(this.dir)) if (f.endsWith('.db') && NAME.test(f.slice(0, -3))) this.created.add(f.slice(0, -3))
    await this.replayJournal()
    this.journal = new AppendLog(join(this.dir, JOURNAL))
  }

  /** Closes the append logs' files once what they hold is written (the journeys' host runs one store per file). */
  async close(): Promise<void> {
    await Promise.all([...this.logs.values(), ...(this.journal ? [this.journal] : [])].map((l) => l.close()))
  }

  get sequence(): number {
    return this.seq
  }

  names(): string[] {
    return [...this.created].sort()
  }

  exists(name: string): boolean {
    return this.created.has(name)
  }

  /** database.addCollection: creating an existing collection is an error on CloudBase. */
  async createCollection(name: string): Promise<void> {
    if (!NAME.test(name)) throw new TcbError('INVALID_PARAM', `invalid collection name ${name}`)
    if (this.created.has(name)) throw new TcbError('DATABASE_REQUEST_FAILED', `[ResourceInUse] Table exist: ${name}`)
    this.created.add(name)
    if (this.dir) writeFileSync(join(this.dir, `${name}.db`), '', { flag: 'a' })
    await this.datastore(name)
  }

  datastore(name: string): Promise<Datastore> {
    if (!this.created.has(name)) return Promise.reject(collectionMissing(name))
    let p = this.stores.get(name)
    if (!p) {
      p = this.load(name)
      this.stores.set(name, p)
    }
    return p
  }

  private async load(name: string): Promise<Datastore> {
    // A line cut short by a kill is skipped on load instead of refusing the whole file.
    const filename = this.dir ? join(this.dir, `${name}.db`) : undefined
    const ds = new Datastore(filename ? { filename, corruptAlertThreshold: 1 } : { inMemoryOnly: true })
    await ds.loadDatabaseAsync()
    if (filename) this.logs.set(name, attachAppendLog(ds, filename))
    for (const fieldName of INDEXED_FIELDS[name as CollectionName] ?? []) await ds.ensureIndexAsync({ fieldName })
    return ds
  }

  private latch(name: string): Mutex {
    let m = this.latches.get(name)
    if (!m) this.latches.set(name, (m = new Mutex()))
    return m
  }

  private durable(names: Iterable<string>): Promise<unknown> {
    const logs = [...names].flatMap((n) => this.logs.get(n) ?? [])
    return Promise.all(logs.map((log) => log.durable()))
  }

  version(coll: string, id: string): number {
    return this.versions.get(key(coll, id)) ?? 0
  }

  private bump(coll: string, ids: string[]): void {
    this.seq++
    for (const id of ids) this.versions.set(key(coll, id), this.seq)
  }

  lockOwner(coll: string, id: string): string | undefined {
    return this.locks.get(key(coll, id))?.tx
  }

  lock(tx: string, coll: string, id: string): void {
    const k = key(coll, id)
    if (this.locks.has(k)) return
    let release!: () => void
    const released = new Promise<void>((r) => (release = r))
    this.locks.set(k, { tx, released, release })
  }

  unlock(tx: string, docs: Iterable<{ coll: string; id: string }>): void {
    for (const { coll, id } of docs) {
      const k = key(coll, id)
      const l = this.locks.get(k)
      if (l?.tx === tx) {
        this.locks.delete(k)
        l.release()
      }
    }
  }

  async find(name: string, query: Record<string, unknown>, opts: FindOptions = {}): Promise<Doc[]> {
    const ds = await this.datastore(name)
    if (opts.sort && !('_id' in opts.sort)) return this.findWithTies(ds, query, opts as FindOptions & { sort: Record<string, 1 | -1> })
    let cursor = ds.findAsync(query)
    if (opts.sort) cursor = cursor.sort(opts.sort)
    if (opts.skip) cursor = cursor.skip(opts.skip)
    if (opts.limit) cursor = cursor.limit(opts.limit)
    if (opts.projection) cursor = cursor.projection(opts.projection)
    return (await cursor) as unknown as Doc[]
  }

  /**
   * MongoDB: "when sorting on a field which contains duplicate values, documents containing those
   * values may be returned in any order" (cursor.sort(), sort consistency). Ties are answered in a
   * fresh order each request, so paging by skip over a non-unique sort misses and repeats documents
   * here as it may in production, unless the query breaks ties on _id.
   */
  private async findWithTies(ds: Datastore, query: Record<string, unknown>, opts: FindOptions & { sort: Record<string, 1 | -1> }): Promise<Doc[]> {
    const sorted = (await ds.findAsync(query).sort(opts.sort)) as unknown as Doc[]
    const keyOf = (d: Doc) => JSON.stringify(Object.keys(opts.sort).map((k) => model.getDotValue(d, k) ?? null))
    const shuffled: Doc[] = []
    for (let i = 0; i < sorted.length;) {
      let j = i + 1
      while (j < sorted.length && keyOf(sorted[j]) === keyOf(sorted[i])) j++
      const run = sorted.slice(i, j)
      for (let k = run.length - 1; k > 0; k--) {
        const r = Math.floor(Math.random() * (k + 1))
        ;[run[k], run[r]] = [run[r], run[k]]
      }
      shuffled.push(...run)
      i = j
    }
    const page = shuffled.slice(opts.skip ?? 0, opts.limit ? (opts.skip ?? 0) + opts.limit : undefined)
    if (!opts.projection) return page
    const ids = page.map((d) => d._id)
    const projected = (await ds.findAsync({ _id: { $in: ids } }).projection({ ...opts.projection, _id: 1 })) as unknown as Doc[]
    const byId = new Map(projected.map((d) => [d._id, d]))
    return ids.map((id) => byId.get(id) as Doc)
  }

  async findById(name: string, id: string): Promise<Doc | null> {
    const ds = await this.datastore(name)
    return ((await ds.findOneAsync({ _id: id })) as Doc | null) ?? null
  }

  async count(name: string, query: Record<string, unknown>): Promise<number> {
    return (await this.datastore(name)).countAsync(query)
  }

  /**
   * A plain (non-transaction) write of the documents query matches: waits while any of them is
   * locked by an open transaction, then applies under the collection's latch, so the match and
   * the change are one step. Answers once its lines are written.
   */
  private async mutate<T>(name: string, query: Record<string, unknown>, multi: boolean, apply: (ds: Datastore, ids: string[]) => Promise<T>): Promise<T> {
    const ds = await this.datastore(name)
    for (;;) {
      let waitFor: Promise<void>[] = []
      const out = await this.latch(name).run(async () => {
        const matched = (await ds
          .findAsync(query)
          .limit(multi ? 0 : 1)
          .projection({ _id: 1 })) as unknown as { _id: string }[]
        const ids = matched.map((d) => d._id)
        waitFor = ids.map((id) => this.locks.get(key(name, id))?.released).filter((p): p is Promise<void> => !!p)
        if (waitFor.length) return null
        const result = await apply(ds, ids)
        if (ids.length) {
          this.writes++
          this.bump(name, ids)
        }
        return { result }
      })
      if (out) {
        await this.durable([name])
        return out.result
      }
      await Promise.all(waitFor)
    }
  }

  async insert(name: string, docs: Doc[]): Promise<string[]> {
    const ds = await this.datastore(name)
    const ids: string[] = []
    for (const doc of docs) {
      const id = doc._id
      await this.latch(name).run(async () => {
        if (this.locks.has(key(name, id))) throw duplicateKey(name, id)
        try {
          await ds.insertAsync(doc)
        } catch (e) {
          if ((e as { errorType?: string }).errorType === 'uniqueViolated') throw duplicateKey(name, id)
          throw new TcbError('INVALID_PARAM', String((e as Error).message))
        }
        this.writes++
        this.bump(name, [id])
      })
      ids.push(id)
    }
    await this.durable([name])
    return ids
  }

  async update(name: string, query: Record<string, unknown>, modifier: Record<string, unknown>, multi: boolean): Promise<{ updated: number; docs: Doc[] }> {
    return this.mutate(name, query, multi, async (ds, ids) => {
      if (!ids.length) return { updated: 0, docs: [] }
      try {
        const { affectedDocuments } = await ds.updateAsync({ _id: { $in: ids } }, modifier, { multi: true, returnUpdatedDocs: true })
        const docs = (Array.isArray(affectedDocuments) ? affectedDocuments : affectedDocuments ? [affectedDocuments] : []) as Doc[]
        return { updated: docs.length, docs }
      } catch (e) {
        throw new TcbError('DATABASE_REQUEST_FAILED', String((e as Error).message))
      }
    })
  }

  /** doc().set(): replaces the document, creating it when absent. */
  async replace(name: string, id: string, doc: Doc): Promise<{ updated: number; upserted: boolean }> {
    return this.mutate(name, { _id: id }, false, async (ds, ids) => {
      if (!ids.length) {
        // the latch is held, so mutate's write count covers only matched ids: count this one here
        await ds.insertAsync(doc)
        this.writes++
        this.bump(name, [id])
        return { updated: 0, upserted: true }
      }
      await ds.updateAsync({ _id: id }, doc, {})
      return { updated: 1, upserted: false }
    })
  }

  async remove(name: string, query: Record<string, unknown>, multi: boolean): Promise<number> {
    return this.mutate(name, query, multi, async (ds, ids) => (ids.length ? ds.removeAsync({ _id: { $in: ids } }, { multi: true }) : 0))
  }

  /**
   * Applies a transaction's writes as one: journalled first (one line, so a torn write is no
   * commit), then applied under the latches of every collection it touches, then marked applied
   * once the datafiles hold it. The caller keeps its locks until this resolves, so no later write
   * to these documents can land before the mark and be undone by a replay.
   */
  async commit(tx: string, writes: Write[]): Promise<void> {
    if (!writes.length) return
    const names = [...new Set(writes.map((w) => w.coll))].sort()
    const stores = await Promise.all(names.map((n) => this.datastore(n)))
    const byName = new Map(names.map((n, i) => [n, stores[i]]))
    const run = async (i: number): Promise<void> => {
      if (i < names.length) return this.latch(names[i]).run(() => run(i + 1))
      for (const w of writes) {
        if (w.insert && (await byName.get(w.coll)!.findOneAsync({ _id: w.id }))) throw duplicateKey(w.coll, w.id)
      }
      if (this.journal) await this.journal.append(JSON.stringify({ t: tx, w: writes.map((w) => [w.coll, w.id, w.doc ? EJSON.stringify(w.doc, { relaxed: false }) : null]) }) + '\n')
      await apply(byName, writes)
      this.writes++
      for (const n of names)
        this.bump(
          n,
          writes.filter((w) => w.coll === n).map((w) => w.id)
        )
    }
    await run(0)
    await this.durable(names)
    if (this.journal) await this.journal.append(JSON.stringify({ a: tx }) + '\n')
  }

  private async replayJournal(): Promise<void> {
    const file = join(this.dir!, JOURNAL)
    if (!existsSync(file)) return
    const committed = new Map<string, Write[]>()
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      let rec: { t?: string; w?: [string, string, string | null][]; a?: string }
      try {
        rec = JSON.parse(line)
      } catch {
        continue // a line torn by a kill: that commit never happened
      }
      if (rec.t && rec.w)
        committed.set(
          rec.t,
          rec.w.map(([coll, id, doc]) => ({ coll, id, doc: doc === null ? null : (EJSON.parse(doc, { relaxed: true }) as Doc) }))
        )
      if (rec.a) committed.delete(rec.a)
    }
    for (const writes of committed.values()) {
      const names = [...new Set(writes.map((w) => w.coll))]
      for (const n of names) if (!this.created.has(n)) this.created.add(n)
      const stores = await Promise.all(names.map((n) => this.datastore(n)))
      await apply(new Map(names.map((n, i) => [n, stores[i]])), writes)
      await this.durable(names)
    }
    writeFileSync(file, '')
  }

  /** Compacts every datafile and waits for pending writes (tests that read the files). */
  async flush(): Promise<void> {
    for (const [name, p] of this.stores) {
      const ds = await p
      await this.latch(name).run(() => (this.dir ? ds.compactDatafileAsync() : Promise.resolve()))
    }
    await this.durable(this.stores.keys())
  }
}

async function apply(stores: Map<string, Datastore>, writes: Write[]): Promise<void> {
  for (const w of writes) {
    const ds = stores.get(w.coll)!
    if (w.doc === null) await ds.removeAsync({ _id: w.id }, {})
    else await ds.updateAsync({ _id: w.id }, w.doc, { upsert: true })
  }
}
