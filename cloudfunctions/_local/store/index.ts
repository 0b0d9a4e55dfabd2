import type { Collection, Database, Transaction } from '../../_shared/db'
import { LocalCollection } from './collection'
import { command, ServerDate } from './command'
import { Engine } from './engine'
import { runTransaction } from './transaction'

/** The wx-server-sdk database API subset, over nedb datafiles in dir (or memory). */
export class LocalDatabase implements Database {
  readonly engine: Engine
  readonly command = command

  constructor(dir?: string) {
    this.engine = new Engine(dir)
  }

  collection(name: string): Collection {
    return new LocalCollection(this.engine, name)
  }

  serverDate(opts?: { offset?: number }): unknown {
    return new ServerDate(opts?.offset ?? 0)
  }

  RegExp(opts: { regexp: string; options?: string }): RegExp {
    return new RegExp(opts.regexp, opts.options)
  }

  runTransaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return runTransaction(this.engine, fn)
  }
}

export { command }
