import { modulusOf, toHex, type Engine, type PublicKey } from './modular'
import { sha256 } from './sha256'

/**
 * The phone's half of RFC 9474's RSABSSA-PSSZERO-Deterministic, with SHA-256 in place of the RFC's
 * SHA-384 (SHA-384 needs 64-bit words: BigInt, or twice the code), in pure JS: the mini-program has
 * no WebCrypto and older phones' JS engines lack BigInt, so the numbers are the engine's BigInt
 * where it has one and bn.js where not (./modular), and the hash is ./sha256. The token and r never
 * leave the phone; the server sees r^e·PSS(token) mod n, which is uniform whatever the token.
 */

export type { PublicKey }

/** What the phone keeps between 领票 and 投票 (on the phone only). */
export interface Pending {
  token: string
  /** r^-1 mod n, to unblind. */
  inv: string
  blinded: string
}

const HLEN = 32

const fromHex = (h: string) => {
  const out = new Uint8Array(h.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16)
  return out
}
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let o = 0
  for (const p of parts) out.set(p, (o += p.length) - p.length)
  return out
}

function mgf1(seed: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(len)
  for (let c = 0, o = 0; o < len; c++, o += HLEN) {
    const t = sha256(concat(seed, new Uint8Array([c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255])))
    out.set(t.subarray(0, Math.min(HLEN, len - o)), o)
  }
  return out
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-256, MGF1-SHA-256 and an empty salt. */
export function pssEncode(msg: Uint8Array, emBits: number): Uint8Array {
  const emLen = Math.ceil(emBits / 8)
  const h = sha256(concat(new Uint8Array(8), sha256(msg)))
  const db = new Uint8Array(emLen - HLEN - 1)
  db[db.length - 1] = 1
  const mask = mgf1(h, db.length)
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i]
  db[0] &= 0xff >>> (8 * emLen - emBits)
  return concat(db, h, new Uint8Array([0xbc]))
}

/** Blind (RFC 9474 §4.2): a fresh token and r from the phone's random source. */
export function blind(pk: PublicKey, random: (n: number) => Uint8Array, engine?: Engine): Pending {
  const mod = modulusOf(pk, engine)
  const token = random(32)
  const m = pssEncode(token, mod.bits - 1)
  for (;;) {
    const f = mod.blindFactor(random(mod.bytes), m)
    if (f) return { token: toHex(token), ...f }
  }
}

/** Finalize (RFC 9474 §4.4): the unblinded signature, checked here so a bad one is never cast. */
export function finalize(pk: PublicKey, pending: Pending, blindSignature: string, engine?: Engine): string | null {
  if (!/^[0-9a-f]+$/i.test(blindSignature)) return null // not a number: not a signature
  const mod = modulusOf(pk, engine)
  return mod.unblind(blindSignature, pending.inv, pssEncode(fromHex(pending.token), mod.bits - 1))
}

/** The receipt the voter finds in the published list: SHA-256 of the token. */
export const receiptOf = (token: string) => toHex(sha256(fromHex(token)))

/** How the voter reads their receipt: its first 8 characters, in two groups. */
export const shortReceipt = (receipt: string) => `${receipt.slice(0, 4)}-${receipt.slice(4, 8)}`.toUpperCase()
