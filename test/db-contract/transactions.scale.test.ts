/**
 * The db contract's headline, 200 read-modify-write transactions at once on one document through
 * the REAL wx-server-sdk against the local stand-in. A scale test (npm test runs these alone): beside
 * a build, on two loaded cores, a call can outlast its transaction and fail as something other than
 * a conflict, which says nothing about the stand-in's contract.
 */
import { types } from 'node:util'
import { isConflict, withTransaction } from '../../cloudfunctions/_shared/db'
import { useContractCloud } from './contract-cloud'

jest.setTimeout(60_000)

const contract = useContractCloud()

describe('200 simultaneous read-modify-write transactions on one document (issue headline)', () => {
  it('end with the document equal to the number committed; every other call rejects with an error, none is lost silently', async () => {
    const name = await contract.counter()
    const out = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        withTransaction(contract.db, async (tx) => {
          const { data } = await tx.collection(name).doc('d').get()
          const v = (data.v as number) + 1
          await tx.collection(name).doc('d').update({ data: { v } })
          return v
        })
      )
    )
    const resolved = out.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []))
    const rejected = out.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []))
    expect(resolved.length + rejected.length).toBe(200)
    expect(await contract.valueOf(name)).toBe(resolved.length)
    // each commit saw the one before it: the values answered are exactly 1..committed
    expect([...resolved].sort((x, y) => x - y)).toEqual(Array.from({ length: resolved.length }, (_, i) => i + 1))
    for (const e of rejected) {
      // an Error of the SDK's realm (test/support/warm-sdk.js), whichever realm made it
      expect(types.isNativeError(e)).toBe(true)
      // named, so a failure says what else came back (on a loaded machine once: not a conflict)
      expect({ error: String((e as Error).message).slice(0, 300), conflict: isConflict(e) }).toMatchObject({ conflict: true })
    }
    expect(resolved.length).toBeGreaterThan(0)
  })
})
