import model from '@seald-io/nedb/lib/model.js'
import { conflict, duplicateKey, noSuchTransaction, TcbError } from './errors'
import { newId, type Doc, type DocumentStore, type Write } from './store'

interface Open {
  id: string
  /** The store's sequence when it began: a document changed after this is a conflict to write. */
  startSeq: number
  writes: Map<string, Write>
  expiresAt: number
}

/**
 * Optimistic transactions as CloudBase runs them on MongoDB: nothing waits. A write to a document
 * another open transaction wrote, or that changed since this one began, fails at once with
 * DATABASE_TRANSACTION_CONFLICT and aborts this transaction (MongoDB's WriteConflict). Writes are
 * buffered and applied by one commit. A transaction left open (its function was cut off) holds its
 * locks until it expires: MongoDB's transactionLifetimeLimitSeconds defaults to 60.
 */
export class Transactions {
  private open = new Map<string, Open>()
  private sweeper: ReturnType<typeof setInterval>

  constructor(
    private store: DocumentStore,
    private lifetimeMs = 60_000
  ) {
    this.sweeper = setInterval(() => this.sweep(), 1000)
    // a number under jsdom (UI tests run the local cloud there): nothing to unref
    ;(this.sweeper as { unref?: () => void }).unref?.()
  }

  close(): void {
    clearInterval(this.sweeper)
  }

  start(): string {
    const id = newId()
    this.open.set(id, { id, startSeq: this.store.sequence, writes: new Map(), expiresAt: Date.now() + this.lifetimeMs })
    return id
  }

  private tx(id: string): Open {
    const t = this.open.get(id)
    if (!t) throw noSuchTransaction(id)
    if (Date.now() > t.expiresAt) {
      this.abort(id)
      throw noSuchTransaction(id)
    }
    return t
  }

  /** The document as this transaction sees it: its own write first, else the committed one. */
  async read(id: string, coll: string, docId: string): Promise<Doc | null> {
    const t = this.tx(id)
    const own = t.writes.get(`${coll}/${docId}`)
    if (own) return own.doc ? (model.deepCopy(own.doc) as Doc) : null
    return this.store.findById(coll, docId)
  }

  private write(id: string, w: Write): void {
    const t = this.tx(id)
    const owner = this.store.lockOwner(w.coll, w.id)
    if ((owner && owner !== id) || this.store.version(w.coll, w.id) > t.startSeq) {
      this.abort(id)
      throw conflict()
    }
    this.store.lock(id, w.coll, w.id)
    const k = `${w.coll}/${w.id}`
    const prev = t.writes.get(k)
    t.writes.set(k, prev?.insert ? { ...w, insert: w.doc !== null } : w)
  }

  async insert(id: string, coll: string, doc: Record<string, unknown>): Promise<string> {
    const full = { ...doc, _id: (doc._id as string | undefined) ?? newId() } as Doc
    if (typeof full._id !== 'string' && typeof full._id !== 'number') throw new TcbError('INVALID_PARAM', '_id must be a string')
    checkDoc(full)
    if (await this.read(id, coll, full._id)) throw duplicateKey(coll, full._id)
    this.write(id, { coll, id: full._id, doc: full, insert: true })
    return full._id
  }

  async update(id: string, coll: string, docId: string, modifier: Record<string, unknown>): Promise<Doc | null> {
    const current = await this.read(id, coll, docId)
    if (!current) return null
    let next: Doc
    try {
      next = model.modify(current, modifier) as Doc
    } catch (e) {
      throw new TcbError('DATABASE_REQUEST_FAILED', String((e as Error).message))
    }
    this.write(id, { coll, id: docId, doc: next })
    return next
  }

  async replace(id: string, coll: string, docId: string, doc: Record<string, unknown>): Promise<boolean> {
    const existed = !!(await this.read(id, coll, docId))
    const full = { ...doc, _id: docId } as Doc
    checkDoc(full)
    this.write(id, { coll, id: docId, doc: full })
    return existed
  }

  async remove(id: string, coll: string, docId: string): Promise<number> {
    const existed = !!(await this.read(id, coll, docId))
    if (existed) this.write(id, { coll, id: docId, doc: null })
    return existed ? 1 : 0
  }

  async commit(id: string): Promise<void> {
    const t = this.tx(id)
    this.open.delete(id)
    const writes = [...t.writes.values()]
    try {
      await this.store.commit(id, writes)
    } finally {
      this.store.unlock(id, writes)
    }
  }

  abort(id: string): void {
    const t = this.open.get(id)
    if (!t) return
    this.open.delete(id)
    this.store.unlock(id, t.writes.values())
  }

  private sweep(): void {
    const now = Date.now()
    for (const t of this.open.values()) if (now > t.expiresAt) this.abort(t.id)
  }
}

function checkDoc(doc: Doc): void {
  try {
    model.checkObject(doc)
  } catch (e) {
    throw new TcbError('INVALID_PARAM', String((e as Error).message))
  }
}
