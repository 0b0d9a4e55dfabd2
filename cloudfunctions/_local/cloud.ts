import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Result } from '../../types/common'
import { dispatch, type FunctionDef } from '../_shared/dispatch'
import { FUNCTIONS } from './functions'
import { localOpenApi, type OutboxEntry } from './openapi'
import { LocalDatabase } from './store'

export interface LocalCloudOptions {
  /** Where the datafiles live; in memory when absent. */
  dataDir?: string
  env?: Record<string, string | undefined>
  functions?: Record<string, FunctionDef>
  /** Silence function logs (tests). */
  quiet?: boolean
}

/**
 * The functions over the embedded store, with a settable clock and an outbox in place of pushes.
 * The HTTP server and the in-process test harness both drive this one object.
 */
export class LocalCloud {
  readonly db: LocalDatabase
  readonly outbox: OutboxEntry[] = []
  readonly functions: Record<string, FunctionDef>
  env: Record<string, string | undefined>
  private fixedNow: Date | null = null
  private outboxFile?: string
  readonly logs: string[] = []
  /** Where uploaded files (exports) are written; served by the HTTP server at /_local/files/. */
  readonly filesDir: string

  constructor(private opts: LocalCloudOptions = {}) {
    this.db = new LocalDatabase(opts.dataDir)
    this.functions = opts.functions ?? FUNCTIONS
    this.env = opts.env ?? {}
    this.filesDir = opts.dataDir ? join(opts.dataDir, 'files') : join(tmpdir(), `union-files-${process.pid}`)
    if (opts.dataDir) {
      mkdirSync(opts.dataDir, { recursive: true })
      this.outboxFile = join(opts.dataDir, 'outbox.jsonl')
      if (existsSync(this.outboxFile)) {
        for (const line of readFileSync(this.outboxFile, 'utf8').split('\n')) {
          try {
            if (line) this.outbox.push(JSON.parse(line))
          } catch {
            // a line cut short by a kill: the push it recorded was never acknowledged
          }
        }
      }
    }
  }

  now = (): Date => (this.fixedNow ? new Date(this.fixedNow) : new Date())

  setClock(iso: string | null): void {
    this.fixedNow = iso === null ? null : new Date(iso)
  }

  get clockIsFixed(): boolean {
    return this.fixedNow !== null
  }

  private log = (fn: string) => (msg: string, extra?: Record<string, unknown>) => {
    const line = JSON.stringify({ fn, msg, ...extra })
    this.logs.push(line)
    if (this.logs.length > 5000) this.logs.splice(0, 1000)
    if (!this.opts.quiet) console.log(line)
  }

  private record = (entry: OutboxEntry): void => {
    this.outbox.push(entry)
    if (this.outboxFile) appendFileSync(this.outboxFile, JSON.stringify(entry) + '\n')
  }

  async call(fn: string, event: unknown, openid = ''): Promise<Result<unknown>> {
    const def = this.functions[fn]
    if (!def) return { ok: false, error: { code: 'NOT_FOUND', message: `没有名为 ${fn.slice(0, 40)} 的云函数` } }
    return dispatch(def, event, { openid, db: this.db, now: this.now, openapi: localOpenApi(this.record, this.now, this.filesDir), env: this.env, log: this.log(fn) })
  }

  /** Runs fn with extra settings (the seed's bootstrap chair), then restores them. */
  async withEnv<T>(extra: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
    const saved = this.env
    this.env = { ...saved, ...extra }
    try {
      return await fn()
    } finally {
      this.env = saved
    }
  }

  /** Fires a timer trigger as the platform would: no OPENID, event { Type, TriggerName, Time }. */
  async fireTimer(fn: string, trigger: string): Promise<Result<unknown>> {
    return this.call(fn, { Type: 'Timer', TriggerName: trigger, Time: this.now().toISOString() })
  }
}
