/**
 * wx-server-sdk's db.command, and the translation of its queries and updates into nedb's.
 */
export type Op = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'exists' | 'and' | 'or' | 'inc' | 'set' | 'remove' | 'push' | 'regex'

export class Cmd {
  constructor(
    public readonly op: Op,
    public readonly arg: unknown
  ) {}
  and(...more: unknown[]): Cmd {
    return new Cmd('and', [this, ...flat(more)])
  }
  or(...more: unknown[]): Cmd {
    return new Cmd('or', [this, ...flat(more)])
  }
}

export class ServerDate {
  constructor(public readonly offset = 0) {}
}

const flat = (args: unknown[]): unknown[] => (args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args)

export const command = {
  eq: (v: unknown) => new Cmd('eq', v),
  neq: (v: unknown) => new Cmd('neq', v),
  gt: (v: unknown) => new Cmd('gt', v),
  gte: (v: unknown) => new Cmd('gte', v),
  lt: (v: unknown) => new Cmd('lt', v),
  lte: (v: unknown) => new Cmd('lte', v),
  in: (v: unknown[]) => new Cmd('in', v),
  nin: (v: unknown[]) => new Cmd('nin', v),
  exists: (v: boolean) => new Cmd('exists', v),
  and: (...c: unknown[]) => new Cmd('and', flat(c)),
  or: (...c: unknown[]) => new Cmd('or', flat(c)),
  inc: (n: number) => new Cmd('inc', n),
  set: (v: unknown) => new Cmd('set', v),
  remove: () => new Cmd('remove', undefined),
  push: (v: unknown) => new Cmd('push', v)
}

export const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Cmd) && !(v instanceof ServerDate) && !(v instanceof RegExp)

const CMP: Partial<Record<Op, string>> = { neq: '$ne', gt: '$gt', gte: '$gte', lt: '$lt', lte: '$lte', in: '$in', nin: '$nin', exists: '$exists' }

function fieldCond(path: string, cmd: Cmd): Record<string, unknown> {
  if (cmd.op === 'eq') return { [path]: value(cmd.arg) }
  if (cmd.op === 'and' || cmd.op === 'or') {
    const parts = (cmd.arg as unknown[]).map((c) => (c instanceof Cmd ? fieldCond(path, c) : { [path]: value(c) }))
    return { [cmd.op === 'and' ? '$and' : '$or']: parts }
  }
  if (cmd.op === 'regex') return { [path]: { $regex: cmd.arg } }
  const op = CMP[cmd.op]
  if (!op) throw new Error(`command ${cmd.op} cannot be used in a query`)
  return { [path]: { [op]: value(cmd.arg) } }
}

function value(v: unknown): unknown {
  if (v instanceof ServerDate) return new Date(Date.now() + v.offset)
  return v
}

/** where() condition → nedb query. Nested plain objects mean dotted paths, as in the real cloud. */
export function toQuery(cond: unknown, prefix = ''): Record<string, unknown> {
  if (cond instanceof Cmd) {
    if (cond.op === 'and' || cond.op === 'or') {
      return { [cond.op === 'and' ? '$and' : '$or']: (cond.arg as unknown[]).map((c) => toQuery(c, prefix)) }
    }
    if (!prefix) throw new Error('a field command needs a field')
    return fieldCond(prefix, cond)
  }
  if (!isPlain(cond)) throw new Error('where() takes an object')
  const parts: Record<string, unknown>[] = []
  for (const [k, v] of Object.entries(cond)) {
    const path = prefix ? `${prefix}.${k}` : k
    if (v === undefined) throw new Error(`where(): field ${path} is undefined`)
    if (v instanceof Cmd) parts.push(fieldCond(path, v))
    else if (v instanceof RegExp) parts.push({ [path]: { $regex: v } })
    else if (isPlain(v)) parts.push(toQuery(v, path))
    else parts.push({ [path]: value(v) })
  }
  if (parts.length === 0) return {}
  if (parts.length === 1) return parts[0]
  return { $and: parts }
}

/** update({ data }) → nedb modifier. Plain nested objects are merged field by field, like the real cloud. */
export function toUpdate(data: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const mod: Record<string, Record<string, unknown>> = {}
  const put = (op: string, path: string, v: unknown) => {
    ;(mod[op] ??= {})[path] = v
  }
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${k}` : k
      if (path === '_id') continue
      if (v === undefined) continue
      if (v instanceof Cmd) {
        if (v.op === 'inc') put('$inc', path, v.arg)
        else if (v.op === 'set') put('$set', path, resolve(v.arg))
        else if (v.op === 'remove') put('$unset', path, true)
        else if (v.op === 'push') put('$push', path, { $each: (Array.isArray(v.arg) ? v.arg : [v.arg]).map(resolve) })
        else throw new Error(`command ${v.op} cannot be used in an update`)
      } else if (isPlain(v) && Object.keys(v).length > 0) walk(v, path)
      else put('$set', path, resolve(v))
    }
  }
  walk(data, '')
  return mod
}

/** Replaces serverDate placeholders and command-free values for storage. */
export function resolve(v: unknown): unknown {
  if (v instanceof ServerDate) return new Date(Date.now() + v.offset)
  if (v instanceof Cmd) throw new Error(`command ${v.op} cannot be stored`)
  if (Array.isArray(v)) return v.map(resolve)
  if (isPlain(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = resolve(x)
    return out
  }
  return v
}
