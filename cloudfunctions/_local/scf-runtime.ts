import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

type Env = Record<string, string | undefined>

/**
 * SCF gives each invocation its own process.env (WX_OPENID and the rest, read by wx-server-sdk's
 * getWXContext and @cloudbase/node-sdk's getCloudbaseContext at each call). One local process runs
 * many invocations at once, so process.env answers from the invocation the caller runs in.
 */
// One store for the process, whichever module registry loads this module first: a jest worker
// loads it once for the SDK it shares and once more per test file (test/support/warm-sdk.js), and
// every copy must answer from the same invocation. Kept on the core class, which all share.
const shared = ((AsyncLocalStorage as unknown as Record<symbol, unknown>)[Symbol.for('union.scfRuntime')] ??= {
  current: new AsyncLocalStorage<Env>(),
  wrapped: new WeakSet<object>()
}) as { current: AsyncLocalStorage<Env>; wrapped: WeakSet<object> }
const current = shared.current

export function installInvocationEnv(): void {
  // once per process.env object: a sandbox handed the worker's own (already layered) is left as it is
  if (shared.wrapped.has(process.env)) return
  const real = process.env
  // Reads of the real process.env go through libuv's getenv on every access, and the SDK reads
  // some twenty variables per database request: answer from a copy, and write through to both.
  const base: Env = { ...real }
  const layer = () => current.getStore()
  process.env = new Proxy(base, {
    get: (t, k) => {
      const s = layer()
      return typeof k === 'string' && s && k in s ? s[k] : Reflect.get(t, k)
    },
    set: (t, k, v) => {
      if (typeof k === 'string') real[k] = v
      return Reflect.set(t, k, typeof v === 'string' ? v : String(v))
    },
    deleteProperty: (t, k) => {
      if (typeof k === 'string') delete real[k]
      return Reflect.deleteProperty(t, k)
    },
    has: (t, k) => (typeof k === 'string' && !!layer() && k in layer()!) || Reflect.has(t, k),
    ownKeys: (t) => [...new Set([...Reflect.ownKeys(t), ...Object.keys(layer() ?? {})])],
    getOwnPropertyDescriptor: (t, k) => {
      const s = layer()
      if (typeof k === 'string' && s && k in s) return { value: s[k], writable: true, enumerable: true, configurable: true }
      return Reflect.getOwnPropertyDescriptor(t, k)
    }
  }) as NodeJS.ProcessEnv
  shared.wrapped.add(process.env)
}

export const inInvocation = <T>(env: Env, fn: () => T): T => current.run(env, fn)

/** The variables SCF sets for a function of this environment (read by the SDK; values are local stand-ins). */
export function platformEnv(tcbUrl: string, invocation: string | null): Env {
  return {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: 'local-env',
    TCB_ENV: 'local-env',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-secret-key',
    TENCENTCLOUD_SESSIONTOKEN: '',
    // @cloudbase/node-sdk getServerInjectUrl(): the platform's injected API address
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: invocation ? `${tcbUrl}?inv=${invocation}` : tcbUrl })
  }
}

/** What the real cloud injects for a callFunction from the mini-program (getWXContext's keys). */
export function callerEnv(openid: string): Env {
  if (!openid) return {}
  return { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: openid, WX_APPID: 'wx-local-appid' }
}

export const newInvocationId = () => randomBytes(8).toString('hex')

export interface FunctionConfig {
  name: string
  /** Seconds; the platform's default is 3. */
  timeout: number
  envVariables: Record<string, string>
}

/** Each function's timeout and variables, from cloudbaserc.json at the repository root (CloudBase CLI format). */
export function readFunctionConfigs(root: string): Record<string, FunctionConfig> {
  const file = join(root, 'cloudbaserc.json')
  const out: Record<string, FunctionConfig> = {}
  if (!existsSync(file)) return out
  const rc = JSON.parse(readFileSync(file, 'utf8')) as { functions?: { name: string; timeout?: number; envVariables?: Record<string, string> }[] }
  for (const f of rc.functions ?? []) out[f.name] = { name: f.name, timeout: f.timeout ?? 3, envVariables: f.envVariables ?? {} }
  return out
}
