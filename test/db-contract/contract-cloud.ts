import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import type { Database } from '../../cloudfunctions/_shared/db'

export interface ContractCloud {
  cloud: LocalCloud
  /** the REAL wx-server-sdk's database, talking to the stand-in */
  db: Database
  /** A new collection holding one document d = { v }. */
  counter(v?: number): Promise<string>
  valueOf(name: string, id?: string): Promise<unknown>
}

let seq = 0

/**
 * The stand-in cloud a db-contract file talks to (1 ms a request: these files pin down behaviour,
 * not speed), opened before its tests and closed after them; filled in by beforeAll.
 */
export function useContractCloud(): ContractCloud {
  const c: ContractCloud = {
    cloud: undefined as unknown as LocalCloud,
    db: undefined as unknown as Database,
    async counter(v = 0) {
      const name = `tx_${++seq}`
      await c.db.createCollection(name)
      await c.db.collection(name).doc('d').set({ data: { v } })
      return name
    },
    valueOf: async (name, id = 'd') => (await c.db.collection(name).doc(id).get()).data.v
  }
  beforeAll(async () => {
    c.cloud = new LocalCloud({ quiet: true, latency: '1' })
    await c.cloud.ready
    c.db = c.cloud.db
  })
  afterAll(() => c.cloud?.close())
  return c
}
