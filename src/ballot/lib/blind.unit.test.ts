import { randomBytes } from 'node:crypto'
import { blindSign, newKeyPair, receiptOf as serverReceipt, verifyToken } from '../../../cloudfunctions/_shared/anon/rsa'
import { blind, finalize, receiptOf } from './blind'

const random = (n: number) => new Uint8Array(randomBytes(n))

describe('blind signature between the phone (bn.js) and the function (node:crypto)', () => {
  it('a token blinded on the phone, signed blind and unblinded verifies as plain RSASSA-PSS', async () => {
    const keys = await newKeyPair()
    const p = blind(keys.publicKey, random)
    const sig = finalize(keys.publicKey, p, blindSign(keys, p.blinded)!)
    expect(sig).not.toBeNull()
    expect(verifyToken(keys.publicKey, p.token, sig!)).toBe(true)
    expect(receiptOf(p.token)).toBe(serverReceipt(p.token))
    // the signer saw neither the token nor the final signature
    expect(p.blinded).not.toContain(p.token)
    expect(p.blinded).not.toBe(sig)
  })

  it('a signature under another key, or for another token, does not verify', async () => {
    const [a, b] = await Promise.all([newKeyPair(), newKeyPair()])
    const p = blind(a.publicKey, random)
    const wrong = blindSign(b, p.blinded)
    if (wrong) expect(finalize(a.publicKey, p, wrong)).toBeNull()
    const sig = finalize(a.publicKey, p, blindSign(a, p.blinded)!)!
    expect(verifyToken(a.publicKey, randomBytes(32).toString('hex'), sig)).toBe(false)
    expect(verifyToken(b.publicKey, p.token, sig)).toBe(false)
  })
})
