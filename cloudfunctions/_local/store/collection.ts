import { randomBytes } from 'node:crypto'
import type Datastore from '@seald-io/nedb'
import type { Collection, Doc, DocRef, GetResult, Query } from '../../_shared/db'
import { resolve, toQuery, toUpdate } from './command'
import type { Engine } from './engine'

/** The real server answers 100 rows when no limit is set, and never more than 1000. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

interface QueryState {
  where: Record<string, unknown>
  sort: Record<string, 1 | -1>
  skip: number
  limit: number | null
  projection: Record<string, 0 | 1> | null
}

/** The real cloud's message for a missing document, which _shared/db.ts#isMissing recognises. */
export const missing = (name: string, id: string, op = 'get') => new Error(`document.${op}:fail document with _id ${id} does not exist in ${name}`)

export class LocalQuery implements Query {
  constructor(
    protected engine: Engine,
    protected name: string,
    protected state: QueryState = { where: {}, sort: {}, skip: 0, limit: null, projection: null }
  ) {}

  private next(patch: Partial<QueryState>): LocalQuery {
    return new LocalQuery(this.engine, this.name, { ...this.state, ...patch })
  }

  where(cond: Record<string, unknown>): Query {
    const q = toQuery(cond)
    const where = Object.keys(this.state.where).length ? { $and: [this.state.where, q] } : q
    return this.next({ where })
  }
  orderBy(field: string, order: 'asc' | 'desc'): Query {
    if (order !== 'asc' && order !== 'desc') throw new Error('orderBy order must be asc or desc')
    return this.next({ sort: { ...this.state.sort, [field]: order === 'asc' ? 1 : -1 } })
  }
  limit(n: number): Query {
    if (!Number.isInteger(n) || n < 1) throw new Error('limit must be a positive integer')
    return this.next({ limit: Math.min(n, MAX_LIMIT) })
  }
  skip(n: number): Query {
    if (!Number.isInteger(n) || n < 0) throw new Error('skip must be a non-negative integer')
    return this.next({ skip: n })
  }
  field(f: Record<string, boolean>): Query {
    const projection: Record<string, 0 | 1> = {}
    for (const [k, v] of Object.entries(f)) projection[k] = v ? 1 : 0
    return this.next({ projection })
  }
  async get(): Promise<GetResult> {
    const ds = await this.engine.store(this.name)
    let cursor = ds.findAsync(this.state.where)
    if (Object.keys(this.state.sort).length) cursor = cursor.sort(this.state.sort)
    if (this.state.skip) cursor = cursor.skip(this.state.skip)
    cursor = cursor.limit(this.state.limit ?? DEFAULT_LIMIT)
    if (this.state.projection) cursor = cursor.projection(this.state.projection)
    const data = (await cursor) as Doc[]
    return { data }
  }
  async count(): Promise<{ total: number }> {
    const ds = await this.engine.store(this.name)
    return { total: await ds.countAsync(this.state.where) }
  }
  async update(opts: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }> {
    const mod = toUpdate(opts.data)
    return this.engine.write(async () => {
      const ds = await this.engine.store(this.name)
      const { numAffected } = await ds.updateAsync(this.state.where, mod, { multi: true })
      return { stats: { updated: numAffected } }
    })
  }
  async remove(): Promise<{ stats: { removed: number } }> {
    return this.engine.write(async () => {
      const ds = await this.engine.store(this.name)
      const removed = await ds.removeAsync(this.state.where, { multi: true })
      return { stats: { removed } }
    })
  }
}

export class LocalCollection extends LocalQuery implements Collection {
  constructor(engine: Engine, name: string) {
    super(engine, name)
  }
  doc(id: string): DocRef {
    return new LocalDocRef(this.engine, this.name, id)
  }
  async add(opts: { data: Record<string, unknown> }): Promise<{ _id: string }> {
    return this.engine.write(async () => {
      const ds = await this.engine.store(this.name)
      return { _id: await insert(ds, opts.data) }
    })
  }
}

export async function insert(ds: Datastore, data: Record<string, unknown>, newId: () => string = randomId): Promise<string> {
  const doc = resolve(data) as Record<string, unknown>
  if (doc._id === undefined) doc._id = newId()
  const saved = await ds.insertAsync(doc)
  return saved._id
}

export const randomId = () => randomBytes(16).toString('hex')

export class LocalDocRef implements DocRef {
  constructor(
    private engine: Engine,
    private name: string,
    private id: string
  ) {}
  async get(): Promise<{ data: Doc }> {
    const ds = await this.engine.store(this.name)
    const doc = await ds.findOneAsync({ _id: this.id })
    if (!doc) throw missing(this.name, this.id)
    return { data: doc as Doc }
  }
  async set(opts: { data: Record<string, unknown> }) {
    return this.engine.write(async () => {
      const ds = await this.engine.store(this.name)
      const doc = { ...(resolve(opts.data) as Record<string, unknown>), _id: this.id }
      const { numAffected, upsert } = await ds.updateAsync({ _id: this.id }, doc, { upsert: true })
      return { _id: this.id, stats: { updated: upsert ? 0 : numAffected, created: upsert ? 1 : 0 } }
    })
  }
  async update(opts: { data: Record<string, unknown> }) {
    const mod = toUpdate(opts.data)
    return this.engine.write(async () => {
      const ds = await this.engine.store(this.name)
      const { numAffected } = await ds.updateAsync({ _id: this.id }, mod, {})
      return { stats: { updated: numAffected } }
    })
  }
  async remove() {
    return this.engine.write(async () => {
      const ds = await this.engine.store(this.name)
      return { stats: { removed: await ds.removeAsync({ _id: this.id }, {}) } }
    })
  }
}
