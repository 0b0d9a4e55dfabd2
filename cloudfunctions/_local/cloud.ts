import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Result } from '../../types/common'
import type { Database } from '../_shared/db'
import type { ScfContext } from '../_shared/budget'
import type { FunctionDef } from '../_shared/dispatch'
import { productionMain, sdkDatabase } from '../_shared/sdk'
import { FUNCTIONS } from './functions'
import { refuseOutboundNetwork } from './no-network'
import { localOpenApi, localWxacode, type OutboxEntry } from './openapi'
import { callerEnv, inInvocation, installInvocationEnv, newInvocationId, platformEnv, readFunctionConfigs, type FunctionConfig } from './scf-runtime'
import { parseLatency } from './tcb/latency'
import { startTcbServer, type TcbServer } from './tcb/server'
import { DocumentStore } from './tcb/store'
import { Transactions } from './tcb/transactions'

export interface LocalCloudOptions {
  /** Where the datafiles live; in memory when absent. */
  dataDir?: string
  env?: Record<string, string | undefined>
  functions?: Record<string, FunctionDef>
  /** Silence function logs (tests). */
  quiet?: boolean
  /** LOCAL_DB_LATENCY_MS: a number or a range "3-9"; default from the environment, else 2-4 ms. */
  latency?: string
  /** Seconds per function, over cloudbaserc.json's (tests of the cut-off). */
  timeouts?: Record<string, number>
  /** Call member.setup on an empty environment before the first call (default true). */
  autoSetup?: boolean
  /**
   * Collections that exist before the first call, made in the store directly: what member.setup
   * would make, for test harnesses that start a fresh cloud per test and would otherwise spend 51
   * requests on it each time (member.setup's own tests, the bench and npm start still run it).
   */
  collections?: readonly string[]
  /**
   * Parse every answer with its action's output schema (types/contract.ts), so a handler that
   * drifts from the contract fails loudly here rather than on a phone (default true).
   */
  checkOutputs?: boolean
  /** Offer wxacode.getUnlimited (./openapi localWxacode), as production does; off by default, so posters carry a QR of the page path. */
  wxacode?: boolean
}

/** The openid the local cloud bootstraps an empty environment as (a chair by configuration for that call). */
const SETUP_OPENID = 'local-setup'
const ROOT = resolve(__dirname, '../..')

/** What a callFunction whose function ran past its timeout gives the caller (errCode -504003 on WeChat). */
const TIMED_OUT: Result<never> = { ok: false, error: { code: 'INTERNAL', message: '服务响应超时，请稍后重试；刚才的操作可能已经完成，请刷新查看' } }

/**
 * The functions on the real wx-server-sdk through productionMain, with the CloudBase database
 * answered locally (./tcb), a settable clock, an outbox in place of pushes, and each function's
 * timeout from cloudbaserc.json. The HTTP server and the in-process test harness both drive this.
 */
export class LocalCloud {
  readonly store: DocumentStore
  readonly outbox: OutboxEntry[] = []
  readonly functions: Record<string, FunctionDef>
  env: Record<string, string | undefined>
  readonly logs: string[] = []
  /** Where uploaded files (exports) are written; served by the HTTP server at /_local/files/. */
  readonly filesDir: string
  /** Database requests per action, `fn.action` → counts of the calls so far (the bench reads it). */
  readonly requestCounts = new Map<string, number[]>()
  private fixedNow: Date | null = null
  private refusals: number[] = []
  private faults: { action: string; collection?: string; message: string; skip: number }[] = []
  private outboxFile?: string
  private transactions: Transactions
  private tcb!: TcbServer
  private live = new Map<string, number>()
  private mains = new Map<string, (event: unknown, context?: ScfContext) => Promise<Result<unknown>>>()
  private configs: Record<string, FunctionConfig>
  readonly ready: Promise<void>

  constructor(private opts: LocalCloudOptions = {}) {
    installInvocationEnv()
    refuseOutboundNetwork()
    this.store = new DocumentStore(opts.dataDir)
    this.transactions = new Transactions(this.store)
    this.functions = opts.functions ?? FUNCTIONS
    this.env = opts.env ?? {}
    this.configs = readFunctionConfigs(ROOT)
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
    this.ready = this.start()
    this.ready.catch(() => undefined)
  }

  private async start(): Promise<void> {
    await this.store.open()
    for (const name of this.opts.collections ?? []) if (!this.store.exists(name)) await this.store.createCollection(name)
    this.tcb = await startTcbServer({
      store: this.store,
      transactions: this.transactions,
      now: () => this.now().getTime(),
      latency: parseLatency(this.opts.latency ?? process.env.LOCAL_DB_LATENCY_MS),
      isLive: (inv) => inv === null || this.live.has(inv),
      onRequest: (inv) => {
        if (inv && this.live.has(inv)) this.live.set(inv, this.live.get(inv)! + 1)
      },
      fault: (p) => {
        const i = this.faults.findIndex((f) => f.action === p.action && (!f.collection || f.collection === p.collectionName))
        if (i < 0) return null
        const f = this.faults[i]
        if (f.skip-- > 0) return null
        this.faults.splice(i, 1)
        return { code: 'SYS_ERR', message: f.message }
      }
    })
    if (this.opts.autoSetup !== false && this.store.names().length === 0) {
      const r = await this.withEnv({ UNION_CHAIR_OPENIDS: [this.env.UNION_CHAIR_OPENIDS, SETUP_OPENID].filter(Boolean).join(',') }, () =>
        // the deployer's one-off setup runs with the function's configured timeout, not a test's cut-down one
        this.invoke('member', { action: 'setup' }, SETUP_OPENID, this.configs.member?.timeout ?? 20)
      )
      if (!r.ok) throw new Error(`member.setup failed: ${r.error.message}`)
    }
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined)
    this.transactions.close()
    await this.tcb?.close()
    await this.store.close()
  }

  /**
   * The next database request of this action (on this collection) fails as a request that timed
   * out does (ESOCKETTIMEDOUT), `times` times (default once), after letting `skip` such requests
   * through. Tests: a failed read must never be taken for a missing document; a write cut off
   * half-way must be safe to retry.
   */
  failNext(action: string, collection?: string, opts: { skip?: number; message?: string; times?: number } = {}): void {
    const fault = { action: action.startsWith('database.') ? action : `database.${action}`, collection, message: opts.message ?? 'ESOCKETTIMEDOUT' }
    for (let i = 0; i < (opts.times ?? 1); i++) this.faults.push({ ...fault, skip: i === 0 ? (opts.skip ?? 0) : 0 })
  }

  /** Forgets the faults failNext armed that no request has met yet. */
  clearFaults(): void {
    this.faults = []
  }

  /** The next subscribe message is refused with errCode (43101: the member refused; others: the platform). */
  refuseNextSend(errCode: number): void {
    this.refusals.push(errCode)
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

  private mainOf(fn: string): (event: unknown, context?: ScfContext) => Promise<Result<unknown>> {
    let main = this.mains.get(fn)
    if (!main) {
      main = productionMain(this.functions[fn], {
        now: this.now,
        openapi: {
          ...localOpenApi(this.record, this.now, this.filesDir, this.refusals),
          ...(this.opts.wxacode ? { getUnlimited: localWxacode(this.record, this.now) } : {})
        },
        log: this.log(fn),
        checkOutputs: this.opts.checkOutputs ?? true
      })
      this.mains.set(fn, main)
    }
    return main
  }

  /** Seconds before the platform cuts fn off. */
  timeoutOf(fn: string): number {
    return this.opts.timeouts?.[fn] ?? this.configs[fn]?.timeout ?? 3
  }

  private functionEnv(fn: string): Record<string, string | undefined> {
    const declared: Record<string, string> = {}
    // placeholders such as {{env.UNION_CHAIR_OPENIDS}} are filled by the deployer, not here
    for (const [k, v] of Object.entries(this.configs[fn]?.envVariables ?? {})) if (!v.includes('{{')) declared[k] = v
    return { ...declared, ...this.env }
  }

  async call(fn: string, event: unknown, openid = ''): Promise<Result<unknown>> {
    if (!this.functions[fn]) return { ok: false, error: { code: 'NOT_FOUND', message: `没有名为 ${fn.slice(0, 40)} 的云函数` } }
    await this.ready
    return this.invoke(fn, event, openid)
  }

  /**
   * One invocation: its own environment (the caller's OPENID, the platform's variables), cut off
   * at the function's timeout. After the cut, or once it has returned, its instance is frozen:
   * the database refuses what it still sends, and what it wrote before stays written.
   */
  private async invoke(fn: string, event: unknown, openid: string, timeoutSeconds = this.timeoutOf(fn)): Promise<Result<unknown>> {
    const id = newInvocationId()
    this.live.set(id, 0)
    const env = { ...this.functionEnv(fn), ...platformEnv(this.tcb.url, id), ...callerEnv(openid) }
    // the context SCF passes as main's second argument (budget.ts)
    const context = { time_limit_in_ms: timeoutSeconds * 1000, memory_limit_in_mb: 256, request_id: id, function_name: fn, namespace: 'local-env' }
    const run = inInvocation(env, () => this.mainOf(fn)(event, context))
    run.catch(() => undefined)
    let timer: NodeJS.Timeout | undefined
    const cut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutSeconds * 1000)))
    try {
      const out = await Promise.race([run, cut])
      if (out === 'timeout') {
        this.log(fn)('invocation timed out', { timeoutSeconds })
        return TIMED_OUT
      }
      const action = typeof (event as { action?: unknown })?.action === 'string' ? (event as { action: string }).action : String((event as { TriggerName?: unknown })?.TriggerName ?? '')
      const key = `${fn}.${action}`
      const counts = this.requestCounts.get(key) ?? []
      counts.push(this.live.get(id) ?? 0)
      this.requestCounts.set(key, counts)
      return out
    } finally {
      clearTimeout(timer)
      this.live.delete(id)
    }
  }

  /**
   * The SDK's database as an administrator's script sees it (no caller), for seeds and tests that
   * read what the functions stored.
   */
  get db(): Database {
    return this.admin(this.mainDb())
  }

  private sdkDb?: Database
  private mainDb(): Database {
    this.sdkDb ??= inInvocation(platformEnv('', null), sdkDatabase)
    return this.sdkDb
  }

  /** Wraps an SDK object so each call runs in an environment pointed at this cloud's database. */
  private admin<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (t, k) => {
        const v = Reflect.get(t, k)
        if (typeof v !== 'function') return v
        return (...args: unknown[]) => {
          const out = inInvocation(platformEnv(this.tcb.url, null), () => v.apply(t, args))
          // query builders (collection, where, orderBy…) stay wrapped until their get/update runs
          return out && typeof (out as { get?: unknown }).get === 'function' && typeof (out as { then?: unknown }).then !== 'function' ? this.admin(out as object) : out
        }
      }
    })
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
