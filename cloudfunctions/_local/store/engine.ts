import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Datastore from '@seald-io/nedb'
import { attachAppendLog, type AppendLog } from './append'
import { Mutex } from './mutex'

/** Indexes the functions' queries lean on; nedb scans without them. */
const INDEXES: Record<string, string[]> = {
  members: ['openid', 'inviteCode', 'unit'],
  signups: ['activityId', 'memberId'],
  greetings: ['memberId'],
  notice_reads: ['noticeId']
}

/**
 * One nedb datafile per collection under dir (in memory when dir is undefined), and the lock that
 * serialises writes and transactions of the whole store.
 */
export class Engine {
  private stores = new Map<string, Promise<Datastore>>()
  private logs: AppendLog[] = []
  private lock = new Mutex()
  /** Set while a transaction holds the lock, so a write made inside it does not wait on itself. */
  private inTx = new AsyncLocalStorage<boolean>()
  /** Writes so far (each committed transaction counts once): lets tests prove "nothing was written". */
  writes = 0

  constructor(private dir?: string) {
    if (dir) mkdirSync(dir, { recursive: true })
  }

  store(name: string): Promise<Datastore> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) return Promise.reject(new Error(`bad collection name ${name}`))
    let p = this.stores.get(name)
    if (!p) {
      p = this.open(name)
      this.stores.set(name, p)
    }
    return p
  }

  private async open(name: string): Promise<Datastore> {
    // A line cut short by a kill is skipped on load instead of refusing the whole file.
    const filename = this.dir ? join(this.dir, `${name}.db`) : undefined
    const ds = new Datastore(filename ? { filename, corruptAlertThreshold: 1 } : { inMemoryOnly: true })
    await ds.loadDatabaseAsync()
    if (filename) this.logs.push(attachAppendLog(ds, filename))
    for (const fieldName of INDEXES[name] ?? []) await ds.ensureIndexAsync({ fieldName })
    return ds
  }

  /**
   * A write answers only once its lines are on disk, but waits for that after releasing the lock,
   * so the next transaction runs while this one's lines are written (group commit).
   */
  async write<T>(fn: () => Promise<T>): Promise<T> {
    this.writes++
    if (this.inTx.getStore()) return fn()
    const out = await this.lock.run(fn)
    await this.durable()
    return out
  }

  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx.getStore()) throw new Error('nested transactions are not supported')
    const out = await this.lock.run(() => this.inTx.run(true, fn))
    await this.durable()
    return out
  }

  /** Resolves once everything written so far is on disk. */
  durable(): Promise<unknown> {
    return Promise.all(this.logs.map((l) => l.durable()))
  }

  async names(): Promise<string[]> {
    return [...this.stores.keys()]
  }

  /** Compacts every datafile (one line per document) and waits for pending writes. */
  async flush(): Promise<void> {
    await this.lock.run(async () => {
      for (const p of this.stores.values()) {
        const ds = await p
        if (this.dir) await ds.compactDatafileAsync()
      }
    })
    await this.durable()
  }
}
