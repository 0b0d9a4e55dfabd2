import { ZodError, type ZodTypeAny, type z } from 'zod'
import { FIELD_LABELS, NOT_BOUND, NOT_INITIALISED, type ActionSchemas, type FunctionContract, type Result } from '../../types/common'
import { MEMBER_INACTIVE } from '../../types/member'
import { allows, chairOpenids, resolveCaller, type Requirement } from './auth'
import type { Ctx, OpenApi } from './ctx'
import { isCollectionMissing, type Database } from './db'
import { AppError, isAppError } from './errors'
import { describeZodError } from './validate'

export interface ActionDef<S extends ZodTypeAny = ZodTypeAny, O = unknown> {
  input: S
  /** The contract's schema of what the handler answers; checked only when the wiring asks (checkOutputs). */
  output?: ZodTypeAny
  role: Requirement
  /** A finer role check that needs the store (e.g. the chair's named 督导员), run before the input is read. */
  guard?: (ctx: Ctx) => Promise<void>
  handler: (input: z.infer<S>, ctx: Ctx) => Promise<O>
}

export interface TimerDef {
  handler: (event: TimerEvent, ctx: Ctx) => Promise<unknown>
}

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

export interface FunctionDef {
  name: string
  actions: Record<string, ActionDef>
  timers?: Record<string, TimerDef>
  /** Per-function message labels for field names, merged over the common ones. */
  labels?: Record<string, string>
}

/** What the platform gives a call: production wires wx-server-sdk, the local cloud its own store. */
export interface Wiring {
  openid: string
  db: Database
  now: () => Date
  openapi: OpenApi
  env: Record<string, string | undefined>
  log?: (msg: string, extra?: Record<string, unknown>) => void
  /** From the platform's context (budget.ts); a direct call with none has no limit. */
  remainingMs?: () => number
  /**
   * Parse every answer with its action's output schema; one that does not match is an INTERNAL with
   * a log line naming the action and the issue. The local cloud (hence every test) turns it on;
   * production leaves it off, so a live call pays no second parse.
   */
  checkOutputs?: boolean
}

/** An action outside any contract (test probes): its handler's answer is not checked. */
export const action = <S extends ZodTypeAny, O>(def: ActionDef<S, O>): ActionDef => def as unknown as ActionDef

/** How one action of a contract is served: who may call it, and a handler typed by the contract. */
export interface Binding<C extends ActionSchemas> {
  role: Requirement
  /** A finer role check that needs the store (e.g. the chair's named 督导员), run before the input is read. */
  guard?: (ctx: Ctx) => Promise<void>
  /** Takes what the input schema parsed to and answers the output schema's type (types/contract.ts). */
  handler: (input: z.infer<C['input']>, ctx: Ctx) => Promise<z.infer<C['output']>>
}

/** One binding per action of the contract, no more, no fewer. */
export type Bindings<C extends FunctionContract> = { [A in keyof C]: Binding<C[A]> }

/**
 * A function's actions from its contract (e.g. activityContract) and a binding for each: tsc
 * refuses a missing or unknown action, and a handler whose input or answer is not the contract's.
 */
export function defineActions<C extends FunctionContract>(contract: C, bindings: Bindings<C>): Record<keyof C & string, ActionDef> {
  const actions: Record<string, ActionDef> = {}
  for (const name of Object.keys(contract)) {
    const { role, guard, handler } = bindings[name]
    actions[name] = { input: contract[name].input, output: contract[name].output, role, handler: handler as ActionDef['handler'], ...(guard ? { guard } : {}) }
  }
  return actions as Record<keyof C & string, ActionDef>
}

const fail = (code: AppError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } })

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * The one place errors are caught: AppError → its code; bad input → BAD_REQUEST with the schema's
 * Chinese message; anything else → logged, INTERNAL, a generic message, no stack.
 */
export async function dispatch(def: FunctionDef, event: unknown, wiring: Wiring): Promise<Result<unknown>> {
  const log = wiring.log ?? ((msg: string, extra?: Record<string, unknown>) => console.log(JSON.stringify({ fn: def.name, msg, ...extra })))
  try {
    if (!isPlainObject(event)) return fail('BAD_REQUEST', '请求格式不正确')
    if (event.Type === 'Timer') return await runTimer(def, event, wiring, log)
    const name = event.action
    if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(def.actions, name)) {
      return fail('BAD_REQUEST', typeof name === 'string' ? `未知的操作 ${name.slice(0, 40)}` : '缺少操作 action')
    }
    const spec = def.actions[name]
    // userInfo is what the real cloud injects into callFunction events; it is not payload.
    const { action: _a, userInfo: _u, ...payload } = event
    if (spec.role !== 'public' && !wiring.openid) return fail('UNAUTHENTICATED', '请在微信中打开，或先切换身份')
    if (spec.role === 'bootstrap' && !chairOpenids(wiring.env).has(wiring.openid)) return fail('FORBIDDEN', '只有配置在 UNION_CHAIR_OPENIDS 中的主席可以初始化')
    const { member, role } = spec.role === 'bootstrap' ? { member: null, role: 'chair' as const } : await resolveCaller(wiring.openid, wiring.db, wiring.env)
    if (spec.role !== 'bootstrap' && !allows(spec.role, role)) {
      if (role === 'none') return fail('FORBIDDEN', NOT_BOUND)
      return fail('FORBIDDEN', '没有权限进行此操作')
    }
    // a member who left keeps their binding, so their phone is told why rather than offered 去绑定
    if (member?.inactive && spec.role !== 'guest' && spec.role !== 'public' && !chairOpenids(wiring.env).has(wiring.openid)) return fail('FORBIDDEN', MEMBER_INACTIVE)
    const ctx: Ctx = { openid: wiring.openid, db: wiring.db, now: wiring.now, openapi: wiring.openapi, env: wiring.env, role, member, log, remainingMs: remainingOf(wiring) }
    if (spec.guard) await spec.guard(ctx)
    const parsed = spec.input.safeParse(payload)
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error, labelsOf(def)))
    const data = await spec.handler(parsed.data, ctx)
    if (wiring.checkOutputs && spec.output && !outputMatches(spec.output, data, `${def.name}.${name}`, log)) return fail('INTERNAL', '服务暂时不可用，请稍后再试')
    return { ok: true, data }
  } catch (e) {
    if (isAppError(e)) return fail(e.code, e.message)
    if (e instanceof ZodError) return fail('BAD_REQUEST', describeZodError(e, labelsOf(def)))
    // before member.setup every collection is missing (-502005): say so, and how to fix it
    if (isCollectionMissing(e)) return fail('INTERNAL', NOT_INITIALISED)
    log('internal error', { error: String((e as Error)?.message ?? e).slice(0, 300) })
    return fail('INTERNAL', '服务暂时不可用，请稍后再试')
  }
}

/** Checks the answer as the caller receives it (JSON: a Date arrives as its ISO string, undefined drops out). */
function outputMatches(schema: ZodTypeAny, data: unknown, action: string, log: (msg: string, extra?: Record<string, unknown>) => void): boolean {
  const sent = data === undefined ? undefined : JSON.parse(JSON.stringify(data))
  const checked = schema.safeParse(sent)
  if (checked.success) return true
  const issues = checked.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.code}: ${i.message}`)
  log('output does not match contract', { action, issues })
  return false
}

const remainingOf = (wiring: Wiring) => wiring.remainingMs ?? (() => Number.POSITIVE_INFINITY)

function labelsOf(def: FunctionDef): Record<string, string> {
  return def.labels ? { ...FIELD_LABELS, ...def.labels } : FIELD_LABELS
}

async function runTimer(def: FunctionDef, event: Record<string, unknown>, wiring: Wiring, log: Wiring['log'] & {}): Promise<Result<unknown>> {
  // A real timer carries no OPENID; one that does came from a member's callFunction: a forgery.
  if (wiring.openid) return fail('FORBIDDEN', '定时任务不能由用户触发')
  const trigger = typeof event.TriggerName === 'string' ? event.TriggerName : ''
  const timer = def.timers?.[trigger]
  if (!timer) return fail('BAD_REQUEST', `未知的定时任务 ${trigger.slice(0, 40)}`)
  const ctx: Ctx = { openid: '', db: wiring.db, now: wiring.now, openapi: wiring.openapi, env: wiring.env, role: 'none', member: null, log, remainingMs: remainingOf(wiring) }
  const data = await timer.handler({ Type: 'Timer', TriggerName: trigger, Time: String(event.Time ?? wiring.now().toISOString()) }, ctx)
  return { ok: true, data }
}
