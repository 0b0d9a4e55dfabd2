/**
 * What the functions rely on from the CloudBase database, pinned down through the REAL
 * wx-server-sdk (3.0.4, on @cloudbase/node-sdk 2.10 and @cloudbase/database 1.4.1) talking to the
 * local stand-in of the service (cloudfunctions/_local/tcb). Each case names its source: an SDK
 * file under node_modules (what the client does) or a CloudBase doc (what the service does).
 * Transactions and the journal are in transactions.test.ts. DOCS/… below is a page under
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/
 */
import { performance } from 'node:perf_hooks'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections'
import { getAll, isCollectionMissing, isDuplicate, isMissing, type Collection } from '../../cloudfunctions/_shared/db'
import { NOT_INITIALISED } from '../../types/common'
import { useContractCloud } from './contract-cloud'

const contract = useContractCloud()

/** The error a promise rejects with (fails the test when it resolves). */
const rejection = (p: Promise<unknown>): Promise<{ errCode?: number; errMsg?: string }> =>
  p.then(
    (v) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(v)}`)
    },
    (e) => e
  )

let seq = 0
/**
 * A freshly created collection of its own per test (collections exist only once created), holding
 * rows written straight into the backing store, so bulk seeding costs no round trips.
 */
async function fresh(rows: { _id: string; [k: string]: unknown }[] = []) {
  const name = `t_${++seq}`
  await contract.db.createCollection(name)
  if (rows.length) await contract.cloud.store.insert(name, rows)
  return contract.db.collection(name)
}

// DOCS/Database.createCollection.md: 创建集合，如果集合已经存在会创建失败; errCodes from TCB_ERR_CODE in wx-server-sdk/index.js
describe('collections exist only once created', () => {
  it('reading or writing a collection never created rejects with errCode -502005', async () => {
    for (const op of [() => contract.db.collection('never').get(), () => contract.db.collection('never').add({ data: { a: 1 } }), () => contract.db.collection('never').doc('x').get()]) {
      const e = await rejection(op())
      expect(e.errCode).toBe(-502005)
      expect(e.errMsg).toMatch(/database collection not exists/)
      expect(isCollectionMissing(e)).toBe(true)
    }
  })

  it('creating a collection twice fails with "Table exist"', async () => {
    await contract.db.createCollection('twice')
    const e = await rejection(contract.db.createCollection('twice'))
    expect(e.errMsg).toMatch(/Table exist/)
  })

  it('an environment never set up has no collections; every call says it is not initialised; member.setup creates them once', async () => {
    const empty = new LocalCloud({ quiet: true, latency: '1', autoSetup: false, env: { UNION_CHAIR_OPENIDS: 'chair-x' } })
    try {
      await empty.ready
      expect(empty.store.names()).toEqual([])
      const before = await empty.call('member', { action: 'me' }, 'x')
      expect(before).toEqual({ ok: false, error: { code: 'INTERNAL', message: NOT_INITIALISED } })
      expect(NOT_INITIALISED).toContain('初始化')
      const first = await empty.call('member', { action: 'setup' }, 'chair-x')
      expect(first).toEqual({ ok: true, data: { created: [...COLLECTIONS].sort(), existing: [] } })
      const again = await empty.call('member', { action: 'setup' }, 'chair-x')
      expect(again).toEqual({ ok: true, data: { created: [], existing: [...COLLECTIONS].sort() } })
      expect((await empty.call('member', { action: 'me' }, 'x')).ok).toBe(true)
    } finally {
      await empty.close()
    }
  })
})

describe('documents (@cloudbase/database/src/document.ts, collection.ts)', () => {
  it('doc().get() of a missing document rejects with exactly the SDK text (wx-server-sdk/index.js DocumentReference.get); isMissing knows only that', async () => {
    const c = await fresh()
    const e = await rejection(c.doc('X').get())
    expect(e.errMsg).toBe('document.get:fail document with _id X does not exist')
    expect(isMissing(e)).toBe(true)
    expect(isMissing(await rejection(contract.db.collection('never').doc('X').get()))).toBe(false)
    expect(isMissing(new Error('timeout'))).toBe(false)
  })

  it('add() answers the new _id (32 hex, as CloudBase generates); add() of an existing _id fails as a duplicate key', async () => {
    const c = await fresh()
    const { _id } = await c.add({ data: { name: '甲' } })
    expect(_id).toMatch(/^[0-9a-f]{32}$/)
    expect((await c.doc(_id).get()).data).toEqual({ _id, name: '甲' })
    await c.add({ data: { _id: 'a:1', v: 1 } })
    const e = await rejection(c.add({ data: { _id: 'a:1', v: 2 } }))
    expect(isDuplicate(e)).toBe(true)
    expect((await c.doc('a:1').get()).data.v).toBe(1)
  })

  // DOCS/document/Document.set.md: 替换更新一条记录; stats.created 1 when the _id was absent
  it('set() replaces the whole document, creating it when absent', async () => {
    const c = await fresh()
    expect((await c.doc('x').set({ data: { a: 1, b: 2 } })).stats).toMatchObject({ created: 1 })
    expect((await c.doc('x').set({ data: { a: 3 } })).stats).toMatchObject({ updated: 1 })
    expect((await c.doc('x').get()).data).toEqual({ _id: 'x', a: 3 })
  })

  it('update() merges: a nested object becomes dotted paths (@cloudbase/database/src/serializer/common.ts flattenObject)', async () => {
    const c = await fresh()
    await c.doc('x').set({ data: { o: { a: 1, b: 2 }, k: 1 } })
    await c.doc('x').update({ data: { o: { b: 3, c: 4 } } })
    expect((await c.doc('x').get()).data).toEqual({ _id: 'x', o: { a: 1, b: 3, c: 4 }, k: 1 })
  })

  it('update operators inc, set, remove, push (@cloudbase/database/src/commands/update.ts)', async () => {
    const c = await fresh()
    const _ = contract.db.command
    await c.doc('x').set({ data: { n: 1, list: ['a'], o: { a: 1, b: 2 }, gone: true, g: { notice: 1 } } })
    await c.doc('x').update({ data: { n: _.inc(2), list: _.push(['b', 'c']), o: _.set({ z: 1 }), gone: _.remove(), 'g.notice': _.inc(-1) } })
    expect((await c.doc('x').get()).data).toEqual({ _id: 'x', n: 3, list: ['a', 'b', 'c'], o: { z: 1 }, g: { notice: 0 } })
  })

  // DOCS/Database.serverDate.md; @cloudbase/database/src/serverDate sends { $tcb_server_date } for the service to fill
  it('serverDate() is the service clock at the write; a Date round-trips as a Date', async () => {
    const c = await fresh()
    contract.cloud.setClock('2026-03-01T08:00:00.000Z')
    try {
      await c.doc('x').set({ data: { at: contract.db.serverDate(), given: new Date('2025-12-31T16:00:00.123Z') } })
    } finally {
      contract.cloud.setClock(null)
    }
    const { data } = await c.doc('x').get()
    expect(data.at).toEqual(new Date('2026-03-01T08:00:00.000Z'))
    // a Date of the SDK's realm (test/support/warm-sdk.js): asked what it is, not which realm made it
    expect(Object.prototype.toString.call(data.given)).toBe('[object Date]')
    expect((data.given as Date).toISOString()).toBe('2025-12-31T16:00:00.123Z')
  })
})

describe('queries (@cloudbase/database/src/query.ts)', () => {
  let p: Collection
  beforeAll(async () => {
    p = await fresh(Array.from({ length: 10 }, (_, i) => ({ _id: `p${i}`, i, unit: i % 2 ? '语文组' : '数学组', tags: i < 3 ? ['x'] : [], o: { level: i % 3 } })))
  })
  const total = async (w: Record<string, unknown>) => (await p.where(w).count()).total

  // @cloudbase/database/src/query.ts Query.get: `param.limit = limit < 1000 ? limit : 1000`, else 100;
  // DOCS/collection/Collection.get.md (云函数端 100 by default), collection/Collection.limit.md (1000 at most)
  it('get() answers 100 rows without limit() and at most 1000 with one', async () => {
    const big = await fresh(Array.from({ length: 1205 }, (_, i) => ({ _id: `b${String(i).padStart(4, '0')}`, i })))
    expect((await big.get()).data).toHaveLength(100)
    expect((await big.limit(5000).get()).data).toHaveLength(1000)
    expect(await getAll(big)).toHaveLength(1205)
  })

  it('ties of a sort come back in no fixed order, so paging over 1,000 needs _id last (getAll adds it)', async () => {
    const tied = await fresh(Array.from({ length: 1500 }, (_, i) => ({ _id: `t${String(i).padStart(4, '0')}`, group: i < 1400 ? 'a' : 'b' })))
    const byHand: string[] = []
    for (let skip = 0; skip < 1500; skip += 1000) byHand.push(...((await tied.orderBy('group', 'asc').skip(skip).limit(1000).get()).data as { _id: string }[]).map((d) => d._id))
    expect(new Set(byHand).size).toBeLessThan(1500)
    const all = (await getAll(tied.orderBy('group', 'asc'))).map((d) => d._id)
    expect(new Set(all).size).toBe(1500)
    expect(all.slice(1398, 1402)).toEqual(['t1398', 't1399', 't1400', 't1401'])
  })

  it('orderBy, skip, limit and field shape the page; _id always comes back', async () => {
    const { data } = await p.where({}).orderBy('i', 'desc').skip(2).limit(3).field({ i: true }).get()
    expect(data).toEqual([
      { _id: 'p7', i: 7 },
      { _id: 'p6', i: 6 },
      { _id: 'p5', i: 5 }
    ])
  })

  it('a second where() REPLACES the first (Query.where builds a new Query from its own argument only)', async () => {
    const { data } = await p.where({ unit: '语文组' }).where({ i: 0 }).get()
    // i = 0 is in 数学组: had the conditions been combined nothing would match
    expect(data.map((d) => d._id)).toEqual(['p0'])
  })

  it('a nested object in where() means its dotted path; an array field matches a member (serializer/query.ts)', async () => {
    expect(await total({ o: { level: 0 } })).toBe(4)
    expect(await total({ 'o.level': 0 })).toBe(4)
    expect(await total({ tags: 'x' })).toBe(3)
  })

  it('command operators eq, neq, gt, gte, lt, lte, in, nin, exists, and, or (@cloudbase/database/src/commands/query.ts, logic.ts)', async () => {
    const _ = contract.db.command
    expect(await total({ i: _.eq(3) })).toBe(1)
    expect(await total({ i: _.neq(0) })).toBe(9)
    expect(await total({ i: _.gt(7) })).toBe(2)
    expect(await total({ i: _.gte(7) })).toBe(3)
    expect(await total({ i: _.lt(2) })).toBe(2)
    expect(await total({ i: _.lte(2) })).toBe(3)
    expect(await total({ i: _.in([1, 2, 99]) })).toBe(2)
    expect(await total({ i: _.nin([1, 2]) })).toBe(8)
    expect(await total({ missing: _.exists(false), i: _.exists(true) })).toBe(10)
    expect(await total({ i: _.gt(2).and(_.lt(5)) })).toBe(2)
    expect(await total({ i: _.lt(1).or(_.gt(8)) })).toBe(2)
    expect(await total(_.and([{ unit: '语文组' }, { i: _.gt(4) }]) as unknown as Record<string, unknown>)).toBe(3)
    expect(await total(_.or([{ i: 0 }, { i: 9 }]) as unknown as Record<string, unknown>)).toBe(2)
  })

  it('where().update() and where().remove() touch every match (multi defaults to true in Query.update/remove)', async () => {
    const c = await fresh(Array.from({ length: 6 }, (_, i) => ({ _id: `q${i}`, i })))
    expect((await c.where({ i: contract.db.command.gte(2) }).update({ data: { flag: true } })).stats.updated).toBe(4)
    expect((await c.where({ flag: true }).remove()).stats.removed).toBe(4)
    expect((await c.count()).total).toBe(2)
  })
})

describe('a conditional update is atomic per document (MongoDB single-document atomicity, which CloudBase runs on)', () => {
  it('200 concurrent where({_id, n < 50}).update(n + 1): exactly 50 report updated:1 and n ends at 50', async () => {
    const c = await fresh()
    const _ = contract.db.command
    await c.doc('c').set({ data: { n: 0 } })
    const tries = await Promise.all(Array.from({ length: 200 }, () => c.where({ _id: 'c', n: _.lt(50) }).update({ data: { n: _.inc(1) } })))
    expect(tries.filter((t) => t.stats.updated === 1)).toHaveLength(50)
    expect(tries.filter((t) => t.stats.updated === 0)).toHaveLength(150)
    expect((await c.doc('c').get()).data.n).toBe(50)
  })
})

// every request to the service crosses a network; the stand-in waits LOCAL_DB_LATENCY_MS per request
// (DESIGN.md, the local cloud), which cloudfunctions/_local/tcb/server.ts applies before answering
describe('every request takes time', () => {
  it('with latency 15 a single get takes at least 15 ms', async () => {
    const slow = new LocalCloud({ quiet: true, latency: '15' })
    try {
      await slow.ready
      await slow.db.collection('members').get() // warm the SDK's connection and credentials
      const t0 = performance.now()
      await slow.db
        .collection('members')
        .doc('nobody')
        .get()
        .catch(() => undefined)
      expect(performance.now() - t0).toBeGreaterThanOrEqual(15)
    } finally {
      await slow.close()
    }
  })
})
