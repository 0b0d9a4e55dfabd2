/**
 * The wire format the real SDK sends (@cloudbase/database serializer: EJSON, canonical mode) and its
 * meaning over nedb. Queries and updates arrive already in MongoDB syntax; this decodes them and
 * maps the few operators nedb spells differently. Anything the stand-in does not model is refused
 * as CloudBase refuses an unknown operator (DATABASE_INVALID_OPERRATOR), never guessed at.
 */
import { EJSON } from 'bson'
import { TcbError } from './errors'

/** @cloudbase/database/src/serverDate: db.serverDate() travels as { $tcb_server_date: { offset } }. */
const SERVER_DATE = '$tcb_server_date'

export function decode(text: unknown, now: number): unknown {
  if (text === undefined || text === null || text === '') return undefined
  if (typeof text !== 'string') return resolve(text, now)
  return resolve(EJSON.parse(text, { relaxed: true }), now)
}

function resolve(v: unknown, now: number): unknown {
  if (Array.isArray(v)) return v.map((x) => resolve(x, now))
  if (v && typeof v === 'object') {
    if (v instanceof Date) return v
    const bsonType = (v as { _bsontype?: string })._bsontype
    if (bsonType === 'BSONRegExp') {
      const r = v as unknown as { pattern: string; options: string }
      return new RegExp(r.pattern, r.options.replace(/[^imsu]/g, ''))
    }
    if (bsonType) throw new TcbError('DATABASE_INVALID_OPERRATOR', `unsupported value type ${bsonType}`)
    const o = v as Record<string, unknown>
    if (SERVER_DATE in o) return new Date(now + Number((o[SERVER_DATE] as { offset?: number })?.offset ?? 0))
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(o)) out[k] = resolve(x, now)
    return out
  }
  return v
}

export const encodeDoc = (doc: unknown): string => EJSON.stringify(doc as Record<string, unknown>, { relaxed: false })

const QUERY_OPS = new Set(['$lt', '$lte', '$gt', '$gte', '$ne', '$in', '$nin', '$exists', '$regex', '$size', '$elemMatch', '$options'])
const LOGIC_OPS = new Set(['$and', '$or', '$nor', '$not'])

/** A MongoDB filter → nedb's: $eq becomes a plain value, $nor becomes $not/$or, $all a conjunction. */
export function toNedbQuery(q: unknown): Record<string, unknown> {
  if (q === undefined) return {}
  if (!q || typeof q !== 'object' || Array.isArray(q)) throw new TcbError('INVALID_PARAM', 'query must be an object')
  const parts: Record<string, unknown>[] = []
  for (const [k, v] of Object.entries(q as Record<string, unknown>)) {
    if (k.startsWith('$')) {
      if (!LOGIC_OPS.has(k)) throw new TcbError('DATABASE_INVALID_OPERRATOR', `unknown operator ${k}`)
      if (k === '$not') parts.push({ $not: toNedbQuery(v) })
      else if (!Array.isArray(v)) throw new TcbError('INVALID_PARAM', `${k} takes an array`)
      else if (k === '$nor') parts.push({ $not: { $or: v.map(toNedbQuery) } })
      else parts.push({ [k]: v.map(toNedbQuery) })
      continue
    }
    parts.push(...fieldConditions(k, v))
  }
  if (parts.length === 0) return {}
  return parts.length === 1 ? parts[0] : { $and: parts }
}

function isOperatorObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'))
}

function fieldConditions(path: string, v: unknown): Record<string, unknown>[] {
  if (!isOperatorObject(v)) return [{ [path]: v }]
  const out: Record<string, unknown>[] = []
  const rest: Record<string, unknown> = {}
  for (const [op, arg] of Object.entries(v)) {
    if (op === '$eq') out.push({ [path]: arg })
    else if (op === '$and' || op === '$or' || op === '$nor') {
      if (!Array.isArray(arg)) throw new TcbError('INVALID_PARAM', `${op} takes an array`)
      const branches = arg.map((c) => ({ $and: fieldConditions(path, c) }))
      out.push(op === '$nor' ? { $not: { $or: branches } } : { [op]: branches })
    } else if (op === '$not') out.push({ $not: { $and: fieldConditions(path, arg) } })
    else if (op === '$all') {
      if (!Array.isArray(arg)) throw new TcbError('INVALID_PARAM', '$all takes an array')
      for (const x of arg) out.push({ [path]: x })
    } else if (QUERY_OPS.has(op)) rest[op] = arg
    else throw new TcbError('DATABASE_INVALID_OPERRATOR', `unknown operator ${op}`)
  }
  if ('$options' in rest) {
    rest.$regex = new RegExp(String(rest.$regex), String(rest.$options))
    delete rest.$options
  }
  if (Object.keys(rest).length) out.push({ [path]: rest })
  return out
}

const UPDATE_OPS = new Set(['$set', '$unset', '$inc', '$min', '$max', '$push', '$pull', '$addToSet', '$pop'])

/** A MongoDB update document → nedb's modifier ($mul/$rename/$position are refused: not modelled). */
export function toNedbUpdate(u: unknown): Record<string, Record<string, unknown>> {
  if (!u || typeof u !== 'object' || Array.isArray(u)) throw new TcbError('INVALID_PARAM', 'update data must be an object')
  const out: Record<string, Record<string, unknown>> = {}
  for (const [op, fields] of Object.entries(u as Record<string, unknown>)) {
    if (!UPDATE_OPS.has(op)) throw new TcbError('DATABASE_INVALID_OPERRATOR', `unknown update operator ${op}`)
    const f = { ...(fields as Record<string, unknown>) }
    for (const path of Object.keys(f)) {
      if (path === '_id' || path.startsWith('_id.')) throw new TcbError('INVALID_PARAM', '不能更新_id的值')
      if (op === '$push' && f[path] && typeof f[path] === 'object' && '$position' in (f[path] as object)) {
        throw new TcbError('DATABASE_INVALID_OPERRATOR', '$position is not modelled locally')
      }
    }
    out[op] = f
  }
  return out
}

export function toNedbSort(order: unknown): Record<string, 1 | -1> | null {
  if (!order || typeof order !== 'object') return null
  const out: Record<string, 1 | -1> = {}
  for (const [k, v] of Object.entries(order as Record<string, unknown>)) out[k] = Number(v) < 0 ? -1 : 1
  return Object.keys(out).length ? out : null
}
