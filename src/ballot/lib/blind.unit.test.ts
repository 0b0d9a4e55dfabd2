import { createHash, randomBytes } from 'node:crypto'
import { blindSign, newKeyPair, receiptOf as serverReceipt, verifyToken } from '../../../cloudfunctions/_shared/anon/rsa'
import { blind, finalize, receiptOf } from './blind'
import { ENGINE, type Engine } from './modular'

const random = (n: number) => new Uint8Array(randomBytes(n))

/** A repeatable random source: the same seed gives both engines the same token and r. */
function seeded(seed: string) {
  let counter = 0
  return (n: number) => {
    const out = new Uint8Array(n)
    for (let o = 0; o < n; o += 32)
      out.set(
        createHash('sha256')
          .update(`${seed}:${counter++}`)
          .digest()
          .subarray(0, Math.min(32, n - o)),
        o
      )
    return out
  }
}

// Node has BigInt, so the app's own code runs the BigInt engine everywhere else in the tests; bn.js,
// what a phone without BigInt runs, is held to the same cases here
describe.each<Engine>(['bigint', 'bn'])('blind signature between the phone (%s) and the function (node:crypto)', (engine) => {
  it('a token blinded on the phone, signed blind and unblinded verifies as plain RSASSA-PSS', async () => {
    const keys = await newKeyPair()
    const p = blind(keys.publicKey, random, engine)
    const sig = finalize(keys.publicKey, p, blindSign(keys, p.blinded)!, engine)
    expect(sig).not.toBeNull()
    expect(verifyToken(keys.publicKey, p.token, sig!)).toBe(true)
    expect(receiptOf(p.token)).toBe(serverReceipt(p.token))
    // the signer saw neither the token nor the final signature
    expect(p.blinded).not.toContain(p.token)
    expect(p.blinded).not.toBe(sig)
  })

  it('a signature under another key, or for another token, or not hex at all, does not verify', async () => {
    const [a, b] = await Promise.all([newKeyPair(), newKeyPair()])
    const p = blind(a.publicKey, random, engine)
    const wrong = blindSign(b, p.blinded)
    if (wrong) expect(finalize(a.publicKey, p, wrong, engine)).toBeNull()
    expect(finalize(a.publicKey, p, 'not a signature', engine)).toBeNull()
    const sig = finalize(a.publicKey, p, blindSign(a, p.blinded)!, engine)!
    expect(verifyToken(a.publicKey, randomBytes(32).toString('hex'), sig)).toBe(false)
    expect(verifyToken(b.publicKey, p.token, sig)).toBe(false)
  })
})

it('both engines blind to the same numbers and unblind to the same signature; the app picks BigInt where the engine has it', async () => {
  const keys = await newKeyPair()
  const [a, b] = [blind(keys.publicKey, seeded('x'), 'bigint'), blind(keys.publicKey, seeded('x'), 'bn')]
  expect(a).toEqual(b)
  const signed = blindSign(keys, a.blinded)!
  expect(finalize(keys.publicKey, a, signed, 'bigint')).toBe(finalize(keys.publicKey, b, signed, 'bn'))
  expect(ENGINE).toBe('bigint')
})
