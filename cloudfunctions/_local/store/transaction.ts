import type Datastore from '@seald-io/nedb'
// nedb's own modifier logic, so an update inside a transaction means what it means outside.
import model from '@seald-io/nedb/lib/model.js'
import type { Doc, Transaction, TxDocRef } from '../../_shared/db'
import { resolve, toUpdate } from './command'
import { missing, randomId } from './collection'
import type { Engine } from './engine'

class Rollback extends Error {
  constructor(public readonly reason: unknown) {
    super(typeof reason === 'string' ? reason : 'transaction rolled back')
  }
}

/**
 * Runs fn with every read and write of the store serialised behind it. Writes are buffered and
 * applied only when fn resolves; a throw (or rollback) leaves nothing behind.
 */
export async function runTransaction<T>(engine: Engine, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return engine.exclusive(async () => {
    const overlay = new Map<string, Map<string, Doc | null>>()
    const layer = (name: string) => {
      let m = overlay.get(name)
      if (!m) overlay.set(name, (m = new Map()))
      return m
    }
    const read = async (name: string, id: string): Promise<Doc | null> => {
      const m = layer(name)
      if (m.has(id)) return m.get(id) ? (model.deepCopy(m.get(id)) as Doc) : null
      const ds = await engine.store(name)
      return ((await ds.findOneAsync({ _id: id })) as Doc | null) ?? null
    }
    const tx: Transaction = {
      collection(name: string) {
        return {
          doc(id: string): TxDocRef {
            return {
              async get() {
                const doc = await read(name, id)
                if (!doc) throw missing(name, id)
                return { data: doc }
              },
              async set({ data }) {
                const doc = { ...(resolve(data) as Doc), _id: id }
                model.checkObject(doc)
                layer(name).set(id, doc)
                return { _id: id }
              },
              async update({ data }) {
                const doc = await read(name, id)
                if (!doc) throw missing(name, id, 'update')
                layer(name).set(id, model.modify(doc, toUpdate(data)) as Doc)
                return { stats: { updated: 1 } }
              },
              async remove() {
                layer(name).set(id, null)
                return { stats: { removed: 1 } }
              }
            }
          },
          async add({ data }) {
            const doc = resolve(data) as Doc
            const id = (doc._id as string | undefined) ?? randomId()
            if (await read(name, id)) throw new Error(`duplicate _id ${id} in ${name}`)
            const full = { ...doc, _id: id }
            model.checkObject(full)
            layer(name).set(id, full)
            return { _id: id }
          }
        }
      },
      async rollback(reason?: unknown) {
        throw new Rollback(reason)
      }
    }
    const result = await fn(tx)
    await commit(engine, overlay)
    return result
  })
}

async function commit(engine: Engine, overlay: Map<string, Map<string, Doc | null>>): Promise<void> {
  if ([...overlay.values()].some((docs) => docs.size > 0)) engine.writes++
  for (const [name, docs] of overlay) {
    const ds: Datastore = await engine.store(name)
    for (const [id, doc] of docs) {
      if (doc === null) await ds.removeAsync({ _id: id }, {})
      else await ds.updateAsync({ _id: id }, doc, { upsert: true })
    }
  }
}
