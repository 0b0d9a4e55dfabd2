/**
 * SHA-256 of bytes for the blinding (blind.ts): the draw's own FIPS 180-4 code in types/draw.ts,
 * written on 32-bit integers only, because the mini-program has no WebCrypto and @noble/hashes
 * builds its SHA-512 tables with BigInt when loaded, which older phones lack. Checked against
 * node:crypto in sha256.unit.test.ts.
 */
import { sha256Bytes } from '../../../types/draw'

export const sha256 = (msg: Uint8Array): Uint8Array => Uint8Array.from(sha256Bytes(Array.from(msg)))
