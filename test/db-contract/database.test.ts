/**
 * What the functions rely on from the wx-server-sdk database API, pinned down against the local
 * store. Written against the API shape only (db.collection/doc/where/command/runTransaction), so the
 * same cases document production's behaviour.
 */
import { appendFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from '../../cloudfunctions/_shared/db'
import { getAll, getDoc } from '../../cloudfunctions/_shared/db'
import { LocalDatabase } from '../../cloudfunctions/_local/store'

const fresh = (dir?: string): Database => new LocalDatabase(dir)

describe('documents', () => {
  it('add answers the new _id, and doc(id).get() reads it back', async () => {
    const db = fresh()
    const { _id } = await db.collection('things').add({ data: { name: '甲', n: 1 } })
    expect(typeof _id).toBe('string')
    const { data } = await db.collection('things').doc(_id).get()
    expect(data).toEqual({ _id, name: '甲', n: 1 })
  })

  it('add keeps a caller-chosen _id and refuses a duplicate', async () => {
    const db = fresh()
    await db.collection('things').add({ data: { _id: 'a:1', v: 1 } })
    await expect(db.collection('things').add({ data: { _id: 'a:1', v: 2 } })).rejects.toThrow()
    expect((await db.collection('things').doc('a:1').get()).data.v).toBe(1)
  })

  it('doc(id).get() rejects for a missing document', async () => {
    const db = fresh()
    await expect(db.collection('things').doc('nope').get()).rejects.toThrow(/does not exist/)
    expect(await getDoc(db, 'things', 'nope')).toBeNull()
  })

  it('set replaces the whole document or creates it', async () => {
    const db = fresh()
    const created = await db.collection('things').doc('x').set({ data: { a: 1, b: 2 } })
    expect(created.stats.created).toBe(1)
    await db.collection('things').doc('x').set({ data: { a: 3 } })
    expect((await db.collection('things').doc('x').get()).data).toEqual({ _id: 'x', a: 3 })
  })

  it('update merges nested objects field by field; _.set replaces; _.remove deletes', async () => {
    const db = fresh()
    const _ = db.command
    await db.collection('things').doc('x').set({ data: { o: { a: 1, b: 2 }, k: 1 } })
    await db.collection('things').doc('x').update({ data: { o: { b: 3, c: 4 } } })
    expect((await db.collection('things').doc('x').get()).data.o).toEqual({ a: 1, b: 3, c: 4 })
    await db.collection('things').doc('x').update({ data: { o: _.set({ z: 1 }), k: _.remove() } })
    expect((await db.collection('things').doc('x').get()).data).toEqual({ _id: 'x', o: { z: 1 } })
  })

  it('_.inc and _.push update in place; dotted paths reach inside', async () => {
    const db = fresh()
    const _ = db.command
    await db.collection('things').doc('x').set({ data: { n: 1, list: ['a'], g: { notice: 1 } } })
    await db.collection('things').doc('x').update({ data: { n: _.inc(2), list: _.push(['b', 'c']), 'g.notice': _.inc(-1) } })
    expect((await db.collection('things').doc('x').get()).data).toMatchObject({ n: 3, list: ['a', 'b', 'c'], g: { notice: 0 } })
  })

  it('remove deletes one document', async () => {
    const db = fresh()
    await db.collection('things').doc('x').set({ data: { a: 1 } })
    const r = await db.collection('things').doc('x').remove()
    expect(r.stats.removed).toBe(1)
    expect(await getDoc(db, 'things', 'x')).toBeNull()
  })

  it('serverDate() is stored as the time of the write', async () => {
    const db = fresh()
    const before = Date.now()
    await db.collection('things').doc('x').set({ data: { at: db.serverDate() } })
    const at = (await db.collection('things').doc('x').get()).data.at as Date
    expect(at).toBeInstanceOf(Date)
    expect(at.getTime()).toBeGreaterThanOrEqual(before)
  })
})

describe('queries', () => {
  const seed = async () => {
    const db = fresh()
    for (let i = 0; i < 10; i++) await db.collection('p').add({ data: { _id: `p${i}`, i, unit: i % 2 ? '语文组' : '数学组', tags: i < 3 ? ['x'] : [], o: { level: i % 3 } } })
    return db
  }

  it('where matches equality, nested objects as dotted paths, and array members', async () => {
    const db = await seed()
    expect((await db.collection('p').where({ unit: '语文组' }).count()).total).toBe(5)
    expect((await db.collection('p').where({ o: { level: 0 } }).count()).total).toBe(4)
    expect((await db.collection('p').where({ 'o.level': 0 }).count()).total).toBe(4)
    expect((await db.collection('p').where({ tags: 'x' }).count()).total).toBe(3)
  })

  it('command operators compare, include and combine', async () => {
    const db = await seed()
    const _ = db.command
    const count = async (w: Record<string, unknown>) => (await db.collection('p').where(w).count()).total
    expect(await count({ i: _.gte(7) })).toBe(3)
    expect(await count({ i: _.gt(2).and(_.lt(5)) })).toBe(2)
    expect(await count({ i: _.in([1, 2, 99]) })).toBe(2)
    expect(await count({ i: _.nin([1, 2]) })).toBe(8)
    expect(await count({ i: _.neq(0) })).toBe(9)
    expect(await count({ missing: _.exists(false) })).toBe(10)
    expect((await db.collection('p').where(_.or([{ i: 0 }, { i: 9 }]) as unknown as Record<string, unknown>).count()).total).toBe(2)
  })

  it('orderBy, skip, limit and field shape the page', async () => {
    const db = await seed()
    const { data } = await db.collection('p').where({}).orderBy('i', 'desc').skip(2).limit(3).field({ i: true }).get()
    expect(data).toEqual([{ _id: 'p7', i: 7 }, { _id: 'p6', i: 6 }, { _id: 'p5', i: 5 }])
  })

  it('get() answers 100 rows without a limit and never more than 1000: page with skip', async () => {
    const db = fresh()
    for (let i = 0; i < 1205; i++) await db.collection('big').add({ data: { i } })
    expect((await db.collection('big').get()).data).toHaveLength(100)
    expect((await db.collection('big').limit(5000).get()).data).toHaveLength(1000)
    expect(await getAll(db.collection('big'))).toHaveLength(1205)
  })

  it('where().update() and where().remove() touch every match', async () => {
    const db = await seed()
    const _ = db.command
    expect((await db.collection('p').where({ unit: '语文组' }).update({ data: { flag: true } })).stats.updated).toBe(5)
    expect((await db.collection('p').where({ flag: true }).count()).total).toBe(5)
    expect((await db.collection('p').where({ i: _.lt(3) }).remove()).stats.removed).toBe(3)
    expect((await db.collection('p').count()).total).toBe(7)
  })

  it('a conditional update is atomic: only one of many racers spends the last unit', async () => {
    const db = fresh()
    const _ = db.command
    await db.collection('m').doc('a').set({ data: { grants: { notice: 1 } } })
    const tries = await Promise.all(Array.from({ length: 20 }, () => db.collection('m').where({ _id: 'a', 'grants.notice': _.gt(0) }).update({ data: { grants: { notice: _.inc(-1) } } })))
    expect(tries.filter((t) => t.stats.updated === 1)).toHaveLength(1)
    expect((await db.collection('m').doc('a').get()).data).toMatchObject({ grants: { notice: 0 } })
  })
})

describe('runTransaction', () => {
  it('commits every write when the callback resolves, and answers its value', async () => {
    const db = fresh()
    await db.collection('c').doc('n').set({ data: { v: 0 } })
    const out = await db.runTransaction(async (tx) => {
      const { data } = await tx.collection('c').doc('n').get()
      await tx.collection('c').doc('n').update({ data: { v: (data.v as number) + 1 } })
      await tx.collection('log').add({ data: { _id: 'l1', msg: 'inc' } })
      return 'done'
    })
    expect(out).toBe('done')
    expect((await db.collection('c').doc('n').get()).data.v).toBe(1)
    expect((await db.collection('log').doc('l1').get()).data.msg).toBe('inc')
  })

  it('leaves nothing behind when the callback throws or rolls back', async () => {
    const db = fresh()
    await db.collection('c').doc('n').set({ data: { v: 0 } })
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('c').doc('n').update({ data: { v: 99 } })
        await tx.collection('c').doc('m').set({ data: { v: 1 } })
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    await expect(db.runTransaction(async (tx) => tx.rollback('no'))).rejects.toBeTruthy()
    expect((await db.collection('c').doc('n').get()).data.v).toBe(0)
    expect(await getDoc(db, 'c', 'm')).toBeNull()
  })

  it('reads its own writes', async () => {
    const db = fresh()
    await db.runTransaction(async (tx) => {
      await tx.collection('c').doc('n').set({ data: { v: 1 } })
      expect((await tx.collection('c').doc('n').get()).data.v).toBe(1)
      await tx.collection('c').doc('n').remove()
      await expect(tx.collection('c').doc('n').get()).rejects.toThrow()
    })
  })

  it('serialises: 200 concurrent read-modify-write transactions lose no increment', async () => {
    const db = fresh()
    await db.collection('c').doc('n').set({ data: { v: 0 } })
    await Promise.all(
      Array.from({ length: 200 }, () =>
        db.runTransaction(async (tx) => {
          const { data } = await tx.collection('c').doc('n').get()
          await tx.collection('c').doc('n').update({ data: { v: (data.v as number) + 1 } })
        })
      )
    )
    expect((await db.collection('c').doc('n').get()).data.v).toBe(200)
  })
})

describe('datafiles', () => {
  it('survive a restart, and a line cut short by a kill does not break loading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'db-contract-'))
    const db = fresh(dir)
    await db.collection('keep').add({ data: { _id: 'a', v: 1 } })
    await db.collection('keep').doc('a').update({ data: { v: 2 } })
    for (let i = 0; i < 20; i++) await db.collection('keep').add({ data: { i } })
    appendFileSync(join(dir, 'keep.db'), '{"_id":"half","v":')
    const again = fresh(dir)
    expect((await again.collection('keep').doc('a').get()).data.v).toBe(2)
    expect((await again.collection('keep').count()).total).toBe(21)
  })

  it('keep writes made after a compaction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'db-contract-'))
    const db = new LocalDatabase(dir)
    await db.collection('keep').add({ data: { _id: 'a', v: 1 } })
    await db.engine.flush()
    await db.collection('keep').doc('a').update({ data: { v: 2 } })
    await db.collection('keep').add({ data: { _id: 'b', v: 1 } })
    const again = fresh(dir)
    expect((await again.collection('keep').doc('a').get()).data.v).toBe(2)
    expect((await again.collection('keep').count()).total).toBe(2)
  })
})
