/**
 * The CloudBase database actions wx-server-sdk 3.0 sends (read from @cloudbase/database 1.4:
 * document.ts, query.ts, collection.ts, transaction/index.ts) and the replies it parses. Each
 * answers { requestId, data } or { requestId, code, message } in a 200 body, as the service does.
 */
import { decode, encodeDoc, toNedbQuery, toNedbSort, toNedbUpdate } from './mongo'
import { TcbError } from './errors'
import { newId, type Doc, type DocumentStore } from './store'
import type { Transactions } from './transactions'

/** The service caps a page at 1000 rows and answers 100 when no limit is given (query.ts). */
const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000

interface Params {
  action: string
  collectionName?: string
  query?: string
  queryType?: 'DOC' | 'WHERE'
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  data?: string | string[]
  order?: string
  offset?: number
  limit?: number
  projection?: string
  transactionId?: string
}

export interface Backend {
  store: DocumentStore
  transactions: Transactions
  now: () => number
}

type Handler = (p: Params, b: Backend) => Promise<Record<string, unknown>>

const coll = (p: Params): string => {
  if (!p.collectionName) throw new TcbError('INVALID_PARAM', 'collectionName is required')
  return p.collectionName
}

function docIdOf(p: Params, b: Backend): string {
  const q = decode(p.query, b.now()) as { _id?: unknown } | undefined
  if (!q || (typeof q._id !== 'string' && typeof q._id !== 'number')) throw new TcbError('INVALID_PARAM', 'a document operation needs its _id')
  return String(q._id)
}

/** Only single-document operations are allowed inside a transaction (Database.runTransaction docs). */
function singleDoc(p: Params): void {
  if (p.queryType !== 'DOC') throw new TcbError('INVALID_PARAM', '事务操作只允许进行单记录操作')
}

function whereOf(p: Params, b: Backend): Record<string, unknown> {
  return toNedbQuery(decode(p.query, b.now()))
}

const HANDLERS: Record<string, Handler> = {
  'database.addCollection': async (p, b) => {
    await b.store.createCollection(coll(p))
    return {}
  },

  'database.getDocument': async (p, b) => {
    const name = coll(p)
    if (p.transactionId) {
      singleDoc(p)
      const doc = await b.transactions.read(p.transactionId, name, docIdOf(p, b))
      return { data: { list: doc ? [encodeDoc(doc)] : [] } }
    }
    const limit = Math.min(Math.max(Number(p.limit) || DEFAULT_LIMIT, 1), MAX_LIMIT)
    const offset = Math.max(Number(p.offset) || 0, 0)
    const docs = await b.store.find(name, whereOf(p, b), {
      sort: toNedbSort(decode(p.order, b.now())),
      skip: offset,
      limit,
      projection: (decode(p.projection, b.now()) as Record<string, 0 | 1> | undefined) ?? null
    })
    return { data: { list: docs.map(encodeDoc), offset, limit } }
  },

  'database.calculateDocument': async (p, b) => ({ data: { total: await b.store.count(coll(p), whereOf(p, b)) } }),

  'database.insertDocument': async (p, b) => {
    const name = coll(p)
    const rows = (Array.isArray(p.data) ? p.data : [p.data]).map((d) => decode(d, b.now()) as Record<string, unknown>)
    if (!rows.length || rows.some((r) => !r || typeof r !== 'object')) throw new TcbError('INVALID_PARAM', 'data must be documents')
    if (p.transactionId) {
      const ids: string[] = []
      for (const r of rows) ids.push(await b.transactions.insert(p.transactionId, name, r))
      return { data: { insertedIds: ids } }
    }
    const docs = rows.map((r) => ({ ...r, _id: r._id === undefined ? newId() : r._id }) as Doc)
    return { data: { insertedIds: await b.store.insert(name, docs) } }
  },

  'database.modifyDocument': async (p, b) => {
    const name = coll(p)
    const data = decode(p.data, b.now()) as Record<string, unknown>
    if (p.transactionId) {
      singleDoc(p)
      const id = docIdOf(p, b)
      if (p.merge === false) {
        const existed = await b.transactions.replace(p.transactionId, name, id, data)
        return { data: existed ? { updated: 1 } : { updated: 0, upsert_id: id } }
      }
      const next = await b.transactions.update(p.transactionId, name, id, toNedbUpdate(data))
      return { data: { updated: next ? 1 : 0 } }
    }
    if (p.merge === false) {
      const id = docIdOf(p, b)
      const { updated, upserted } = await b.store.replace(name, id, { ...data, _id: id } as Doc)
      return { data: upserted ? { updated, upsert_id: id } : { updated } }
    }
    const multi = p.queryType === 'DOC' ? false : p.multi !== false
    const { updated } = await b.store.update(name, whereOf(p, b), toNedbUpdate(data), multi)
    return { data: { updated } }
  },

  'database.modifyAndReturnDoc': async (p, b) => {
    const name = coll(p)
    const mod = toNedbUpdate(decode(p.data, b.now()))
    if (p.transactionId) {
      const next = await b.transactions.update(p.transactionId, name, docIdOf(p, b), mod)
      return { data: { updated: next ? 1 : 0, doc: next ? encodeDoc(next) : undefined } }
    }
    const { updated, docs } = await b.store.update(name, whereOf(p, b), mod, false)
    return { data: { updated, doc: docs[0] ? encodeDoc(docs[0]) : undefined } }
  },

  'database.removeDocument': async (p, b) => {
    const name = coll(p)
    if (p.transactionId) {
      singleDoc(p)
      return { data: { deleted: await b.transactions.remove(p.transactionId, name, docIdOf(p, b)) } }
    }
    const multi = p.queryType === 'DOC' ? false : p.multi !== false
    return { data: { deleted: await b.store.remove(name, whereOf(p, b), multi) } }
  },

  'database.startTransaction': async (_p, b) => ({ transactionId: b.transactions.start() }),

  'database.commitTransaction': async (p, b) => {
    await b.transactions.commit(String(p.transactionId))
    return {}
  },

  'database.abortTransaction': async (p, b) => {
    b.transactions.abort(String(p.transactionId))
    return {}
  }
}

export async function answer(params: Params, b: Backend, requestId: string): Promise<Record<string, unknown>> {
  const handler = HANDLERS[params.action]
  try {
    if (!handler) throw new TcbError('INVALID_PARAM', `action ${params.action} is not served by the local cloud`)
    return { requestId, ...(await handler(params, b)) }
  } catch (e) {
    if (e instanceof TcbError) return { requestId, code: e.code, message: e.message }
    return { requestId, code: 'SYS_ERR', message: String((e as Error)?.message ?? e) }
  }
}

export type { Params }
