import BN from 'bn.js'

/**
 * Arithmetic mod a blind-signature key's n, as the phone's half needs it: blind a message with a
 * random r (r^e, and r^-1 kept to unblind), then unblind and check the signer's answer.
 *
 * Two engines give the same numbers: the engine's own BigInt where it has one (iOS 14+, every
 * current Android WebView and Node), about ten times faster than bn.js on 2048 bits (a token's
 * blinding and unblinding: ~1 ms against ~10 ms here); bn.js on the older phones without it. No
 * BigInt literal is written (`0n` would not even parse there): BigInt is only called once detected.
 */
export interface Modulus {
  bits: number
  /** n's length in bytes */
  bytes: number
  /**
   * r from random bytes (mod n), then message·r^e mod n and r^-1 (hex); null when r is 0 or shares
   * a factor with n (RFC 9474's "BlindingError"): draw again.
   */
  blindFactor(random: Uint8Array, message: Uint8Array): { blinded: string; inv: string } | null
  /** s = signature·inv mod n as hex of n's length, when s^e is `expected`; else null. Both are hex. */
  unblind(blindSignature: string, inv: string, expected: Uint8Array): string | null
}

export type Engine = 'bigint' | 'bn'
export const ENGINE: Engine = typeof BigInt === 'function' ? 'bigint' : 'bn'

export interface PublicKey {
  n: string
  e: string
}

export const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

function bigintModulus(pk: PublicKey): Modulus {
  const B = BigInt
  const [ZERO, ONE] = [B(0), B(1)]
  const n = B('0x' + pk.n)
  const e = B('0x' + pk.e)
  const eBits = e.toString(2).length
  const bits = n.toString(2).length
  const bytes = Math.ceil(bits / 8)
  const of = (u: Uint8Array) => B('0x' + (toHex(u) || '0'))
  const hexOf = (x: bigint) => x.toString(16).padStart(2 * bytes, '0')
  // e is public: square-and-multiply (65537: 16 squarings and one product)
  const powE = (x: bigint) => {
    let acc = x
    for (let i = eBits - 2; i >= 0; i--) {
      acc = (acc * acc) % n
      if ((e >> B(i)) & ONE) acc = (acc * x) % n
    }
    return acc
  }
  // extended Euclid; null when gcd(a, n) ≠ 1
  const inverse = (a: bigint) => {
    let [r0, r1, t0, t1] = [n, a, ZERO, ONE]
    while (r1 !== ZERO) {
      const q = r0 / r1
      ;[r0, r1] = [r1, r0 - q * r1]
      ;[t0, t1] = [t1, t0 - q * t1]
    }
    return r0 === ONE ? (t0 < ZERO ? t0 + n : t0) : null
  }
  return {
    bits,
    bytes,
    blindFactor(random, message) {
      const r = of(random) % n
      const inv = r === ZERO ? null : inverse(r)
      return inv === null ? null : { blinded: hexOf((of(message) * powE(r)) % n), inv: inv.toString(16) }
    },
    unblind(blindSignature, inv, expected) {
      const s = (B('0x' + blindSignature) * B('0x' + inv)) % n
      return powE(s) === of(expected) ? hexOf(s) : null
    }
  }
}

function bnModulus(pk: PublicKey): Modulus {
  const n = new BN(pk.n, 16)
  const e = new BN(pk.e, 16)
  // building a Montgomery context costs an inversion mod n: one per key (modulusOf caches it)
  const red = BN.mont(n)
  const bits = n.bitLength()
  const bytes = Math.ceil(bits / 8)
  // square-and-multiply, where bn.js's windowed redPow first spends 15 products on a table
  const powE = (x: BN) => {
    const xr = x.toRed(red)
    let acc = xr
    for (let i = e.bitLength() - 2; i >= 0; i--) {
      acc = acc.redSqr()
      if (e.testn(i)) acc = acc.redMul(xr)
    }
    return acc.fromRed()
  }
  return {
    bits,
    bytes,
    blindFactor(random, message) {
      const r = new BN(random).umod(n)
      if (r.isZero()) return null
      // the Montgomery inverse (binary, for an odd n) costs half of bn.js's invm (extended Euclid)
      const inv = r.toRed(red).redInvm().fromRed()
      if (!inv.mul(r).umod(n).eqn(1)) return null
      return {
        blinded: new BN(message)
          .mul(powE(r))
          .umod(n)
          .toString(16, 2 * bytes),
        inv: inv.toString(16)
      }
    },
    unblind(blindSignature, inv, expected) {
      const s = new BN(blindSignature, 16).mul(new BN(inv, 16)).umod(n)
      return powE(s).eq(new BN(expected)) ? s.toString(16, 2 * bytes) : null
    }
  }
}

const cache = new Map<string, Modulus>()

/** The arithmetic mod pk's n in the given engine, built once per key (a phone blinds a week's tokens, or a ballot's, under one). */
export function modulusOf(pk: PublicKey, engine: Engine = ENGINE): Modulus {
  const key = `${engine}:${pk.n}:${pk.e}`
  let m = cache.get(key)
  if (!m) cache.set(key, (m = engine === 'bigint' ? bigintModulus(pk) : bnModulus(pk)))
  return m
}
