/**
 * Transactions through the REAL wx-server-sdk against the local stand-in, and the journal that
 * makes a commit atomic across a kill. Sources: DOCS = the CloudBase reference
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/),
 * the SDK under node_modules, and MongoDB's manual for what CloudBase's engine does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EJSON } from 'bson'
import { DocumentStore } from '../../cloudfunctions/_local/tcb/store'
import { Transactions } from '../../cloudfunctions/_local/tcb/transactions'
import { getDoc, isConflict } from '../../cloudfunctions/_shared/db'
import { useContractCloud } from './contract-cloud'

jest.setTimeout(60_000)

const contract = useContractCloud()

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Resolves for everyone once n callers are waiting: makes racers read before any writes. */
function barrier(n: number): () => Promise<void> {
  let open!: () => void
  const opened = new Promise<void>((r) => (open = r))
  let waiting = 0
  return () => {
    if (++waiting === n) open()
    return opened
  }
}

const expectConflict = (e: { errCode?: number; errMsg?: string }) => {
  expect(isConflict(e)).toBe(true)
  // the service's DATABASE_TRANSACTION_CONFLICT is a code wx-server-sdk does not list: SYS_ERR
  expect(e.errCode).toBe(-501001)
  expect(e.errMsg).toContain('TransactionConflict')
}

// DOCS/Database.runTransaction.md; @cloudbase/database/src/transaction/index.ts runTransaction
describe('transactions are optimistic: the loser of a race fails instead of waiting', () => {
  it('two read-then-write transactions on one document: one commits, the other fails with the conflict error', async () => {
    const name = await contract.counter()
    const bothRead = barrier(2)
    const rmw = () =>
      contract.db.runTransaction(async (tx) => {
        const { data } = await tx.collection(name).doc('d').get()
        await bothRead()
        await tx
          .collection(name)
          .doc('d')
          .update({ data: { v: (data.v as number) + 1 } })
      }, 1)
    const out = await Promise.allSettled([rmw(), rmw()])
    const failed = out.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    expect(failed).toHaveLength(1)
    expectConflict(failed[0].reason)
    expect(await contract.valueOf(name)).toBe(1)
  })

  it('writing a document that changed (by a plain update) after the transaction began conflicts; another document does not', async () => {
    const name = await contract.counter()
    await contract.db
      .collection(name)
      .doc('e')
      .set({ data: { v: 0 } })
    const e = await contract.db
      .runTransaction(async (tx) => {
        await tx.collection(name).doc('d').get()
        await contract.db
          .collection(name)
          .doc('d')
          .update({ data: { v: 10 } })
        await tx
          .collection(name)
          .doc('d')
          .update({ data: { v: 99 } })
      }, 1)
      .then(
        () => null,
        (err) => err
      )
    expectConflict(e)
    expect(await contract.valueOf(name)).toBe(10)

    const ok = await contract.db.runTransaction(async (tx) => {
      await contract.db
        .collection(name)
        .doc('e')
        .update({ data: { v: 11 } })
      await tx
        .collection(name)
        .doc('d')
        .update({ data: { v: 12 } })
      return 'committed'
    }, 1)
    expect(ok).toBe('committed')
    expect(await contract.valueOf(name)).toBe(12)
  })

  // MongoDB manual, transactions-production-consideration#in-progress-transactions-and-write-conflicts:
  // a write outside a transaction to a document the transaction modified waits for it to end
  it('a plain write to a document an open transaction wrote waits for the commit, and is not lost', async () => {
    const name = await contract.counter()
    let plain!: Promise<unknown>
    await contract.db.runTransaction(async (tx) => {
      await tx
        .collection(name)
        .doc('d')
        .update({ data: { v: 5 } })
      plain = contract.db
        .collection(name)
        .doc('d')
        .update({ data: { v: contract.db.command.inc(1) } })
      await sleep(30)
    }, 1)
    await plain
    expect(await contract.valueOf(name)).toBe(6)
  })
})

describe('what a transaction writes is applied by its commit, all of it or none', () => {
  it('writes are invisible outside until the commit; the transaction reads its own', async () => {
    const name = await contract.counter(1)
    await contract.db.runTransaction(async (tx) => {
      await tx
        .collection(name)
        .doc('d')
        .update({ data: { v: 7 } })
      expect((await tx.collection(name).doc('d').get()).data.v).toBe(7)
      expect(await contract.valueOf(name)).toBe(1)
    })
    expect(await contract.valueOf(name)).toBe(7)
  })

  it('a callback that throws, or rolls back, leaves nothing written (rollback rejects with its reason)', async () => {
    const name = await contract.counter()
    const writes = contract.cloud.store.writes
    await expect(
      contract.db.runTransaction(async (tx) => {
        await tx
          .collection(name)
          .doc('d')
          .update({ data: { v: 99 } })
        await tx.collection(name).add({ data: { _id: 'new', v: 1 } })
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    await expect(
      contract.db.runTransaction(async (tx) => {
        await tx
          .collection(name)
          .doc('d')
          .update({ data: { v: 98 } })
        await tx.rollback('no')
      })
    ).rejects.toBe('no')
    expect(contract.cloud.store.writes).toBe(writes)
    expect(await contract.valueOf(name)).toBe(0)
    expect(await getDoc(contract.db, name, 'new')).toBeNull()
  })

  it('one commit spans collections: both writes land together', async () => {
    const a = await contract.counter()
    const b = await contract.counter()
    const writes = contract.cloud.store.writes
    await contract.db.runTransaction(async (tx) => {
      await tx
        .collection(a)
        .doc('d')
        .update({ data: { v: 1 } })
      await tx.collection(b).add({ data: { _id: 'log', v: 1 } })
      expect(await getDoc(contract.db, b, 'log')).toBeNull()
    })
    // one commit is one write to the store, journalled as one line (see the journal case below)
    expect(contract.cloud.store.writes).toBe(writes + 1)
    expect([await contract.valueOf(a), await contract.valueOf(b, 'log')]).toEqual([1, 1])
  })

  it('a transaction left open expires after its lifetime (MongoDB transactionLifetimeLimitSeconds, 60 s) and frees its documents', async () => {
    const store = new DocumentStore()
    await store.open()
    await store.createCollection('a')
    await store.insert('a', [{ _id: 'x', v: 0 }])
    const txs = new Transactions(store, 50)
    try {
      const id = txs.start()
      await txs.update(id, 'a', 'x', { $set: { v: 1 } })
      // the plain write waits on the lock until the sweep (every second) ends the expired transaction
      expect((await store.update('a', { _id: 'x' }, { $set: { v: 2 } }, false)).updated).toBe(1)
      await expect(txs.commit(id)).rejects.toThrow(/committed, aborted or expired/)
      expect((await store.findById('a', 'x'))?.v).toBe(2)
    } finally {
      txs.close()
    }
  })
})

describe('a commit survives kill -9 whole or not at all (cloudfunctions/_local/tcb/store.ts commit: journal, apply, mark)', () => {
  it('on open, a journalled commit not yet marked applied is applied; an applied one is not redone; a torn last line is no commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'db-contract-journal-'))
    writeFileSync(join(dir, 'a.db'), JSON.stringify({ _id: 'x', v: 1 }) + '\n')
    writeFileSync(join(dir, 'b.db'), '')
    const doc = (d: Record<string, unknown>) => EJSON.stringify(d, { relaxed: false })
    const lines = [
      // committed and applied before the kill (a.db already holds v: 1, not this v: 0)
      JSON.stringify({ t: 'tx0', w: [['a', 'x', doc({ _id: 'x', v: 0 })]] }),
      JSON.stringify({ a: 'tx0' }),
      // journalled, killed before its datafile writes: both halves must appear
      JSON.stringify({
        t: 'tx1',
        w: [
          ['a', 'x', doc({ _id: 'x', v: 2, at: new Date('2026-01-02T03:04:05Z') })],
          ['b', 'y', doc({ _id: 'y', n: 1 })],
          ['a', 'gone', null]
        ]
      }),
      // killed while writing this line
      JSON.stringify({ t: 'tx2', w: [['a', 'x', doc({ _id: 'x', v: 3 })]] }).slice(0, 30)
    ]
    writeFileSync(join(dir, 'journal.jsonl'), lines.join('\n'))

    const store = new DocumentStore(dir)
    await store.open()
    expect(await store.findById('a', 'x')).toEqual({ _id: 'x', v: 2, at: new Date('2026-01-02T03:04:05Z') })
    expect(await store.findById('b', 'y')).toEqual({ _id: 'y', n: 1 })
    expect(await store.findById('a', 'gone')).toBeNull()
    // replayed into the datafiles, so the journal starts empty
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('')
    await store.flush()
    const again = new DocumentStore(dir)
    await again.open()
    expect((await again.findById('a', 'x'))?.v).toBe(2)
  })
})
