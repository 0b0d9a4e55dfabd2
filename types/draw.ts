/**
 * The lucky draw of 号码有奖征集, as pure functions of plain values so that the cloud function and
 * the board page (which has no node:crypto) compute exactly the same thing.
 *
 * Algorithm (published on the board):
 *   1. Before the month closes the chair publishes commitment = hex(SHA-256(utf8(secret))) and the
 *      number of lucky winners `count`.
 *   2. After the month closes the chair reveals `secret`; anyone checks SHA-256(secret) = commitment.
 *   3. Take every number of the month, sorted ascending by code point and de-duplicated.
 *   4. score(number) = hex(HMAC-SHA256(key = utf8(secret), message = utf8(number))).
 *   5. Sort by score ascending (ties, which never happen in practice, by number); the first `count`
 *      numbers win.
 */

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]

/** UTF-8 bytes of a string; written out because TextEncoder is missing on older WeChat base libraries. */
export function utf8(s: string): number[] {
  const out: number[] = []
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return out
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))

/** SHA-256 of bytes, as bytes (FIPS 180-4). */
export function sha256Bytes(bytes: number[]): number[] {
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
  const bitLen = bytes.length * 8
  const msg = bytes.concat([0x80])
  while (msg.length % 64 !== 56) msg.push(0)
  for (let i = 7; i >= 0; i--) msg.push(i >= 4 ? 0 : (bitLen >>> (i * 8)) & 0xff)
  const w = new Array<number>(64)
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = (msg[off + 4 * i] << 24) | (msg[off + 4 * i + 1] << 16) | (msg[off + 4 * i + 2] << 8) | msg[off + 4 * i + 3]
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3)
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
    }
    let [a, b, c, d, e, f, g, hh] = h
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    const add = [a, b, c, d, e, f, g, hh]
    for (let i = 0; i < 8; i++) h[i] = (h[i] + add[i]) | 0
  }
  const out: number[] = []
  for (const x of h) out.push((x >>> 24) & 0xff, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff)
  return out
}

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('')

/** hex(SHA-256(utf8(text))) */
export const sha256Hex = (text: string): string => hex(sha256Bytes(utf8(text)))

/** hex(HMAC-SHA256(utf8(key), utf8(message))) (RFC 2104) */
export function hmacSha256Hex(key: string, message: string): string {
  let k = utf8(key)
  if (k.length > 64) k = sha256Bytes(k)
  while (k.length < 64) k.push(0)
  const inner = sha256Bytes(k.map((b) => b ^ 0x36).concat(utf8(message)))
  return hex(sha256Bytes(k.map((b) => b ^ 0x5c).concat(inner)))
}

/** Step 3: the month's numbers in the one canonical order. */
export const canonicalNumbers = (numbers: string[]): string[] => [...new Set(numbers)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** Steps 3–5: the winning numbers, best first. */
export function drawWinners(secret: string, numbers: string[], count: number): string[] {
  return canonicalNumbers(numbers)
    .map((number) => ({ number, score: hmacSha256Hex(secret, number) }))
    .sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : a.number < b.number ? -1 : 1))
    .slice(0, Math.max(0, count))
    .map((s) => s.number)
}

/** What the board shows as 已验证: the secret matches the commitment and the winners recompute. */
export function verifyDraw(d: { commitment: string; secret: string; count: number; winners: string[] }, numbers: string[]): boolean {
  if (sha256Hex(d.secret) !== d.commitment.toLowerCase()) return false
  const again = drawWinners(d.secret, numbers, d.count)
  return again.length === d.winners.length && again.every((n, i) => n === d.winners[i])
}

/**
 * The keyed draw (two or more keyholders), used from 2026-12 on. Algorithm, as published:
 *   1. When the month opens the chair names the keyholders (工会主席 and a 督导员 or 经审委员) and the
 *      number of winners; during the month each keyholder publishes commitment = SHA-256(own secret).
 *   2. At the close the eligible numbers are fixed: eligibleHash = SHA-256(the canonical list joined by "\n").
 *   3. After the close each keyholder reveals their secret; SHA-256(secret) must equal their commitment.
 *   4. seed = SHA-256("union-draw-v2" \n eligibleHash \n value_1 \n value_2 …) in keyholder order, where
 *      value_i is keyholder i's secret, or, for one who did not reveal by the deadline, the public
 *      stand-in SHA-256("stand-in" \n commitment_i \n eligibleHash).
 *   5. The winners are drawWinners(seed, eligible, count).
 * Every secret is 128 random bits that only its holder knew until the close, so a keyholder who knows
 * their own secret knows nothing of the seed until the others reveal.
 */
export interface KeyedPart {
  commitment: string
  secret?: string
}

/** The seed's inputs from a draw's keyholders: those who locked a commitment, in order, with their secret once revealed. */
export const lockedParts = (keyholders: { commitment?: string; secret?: string }[] = []): KeyedPart[] =>
  keyholders.filter((k) => k.commitment).map((k) => ({ commitment: k.commitment as string, secret: k.secret }))

/** Step 2: the fingerprint of the eligible list. */
export const eligibleHashOf = (eligible: string[]): string => sha256Hex(canonicalNumbers(eligible).join('\n'))

/** Step 4's stand-in for a keyholder who did not reveal: fixed at the close, chosen by nobody. */
export const standIn = (commitment: string, eligibleHash: string): string => sha256Hex(`stand-in\n${commitment}\n${eligibleHash}`)

/** Step 4: the seed from every keyholder's value, in keyholder order. */
export function keyedSeed(parts: KeyedPart[], eligibleHash: string): string {
  const values = parts.map((p) => p.secret ?? standIn(p.commitment, eligibleHash))
  return sha256Hex(['union-draw-v2', eligibleHash, ...values].join('\n'))
}

/** Steps 4–5: the winning numbers, best first. */
export const keyedWinners = (parts: KeyedPart[], eligible: string[], count: number): string[] => drawWinners(keyedSeed(parts, eligibleHashOf(eligible)), eligible, count)

/** What the board shows as 已验证 for a keyed draw: every reveal matches its commitment, the list its hash, and the winners recompute. */
export function verifyKeyedDraw(d: { parts: KeyedPart[]; eligible: string[]; eligibleHash: string; count: number; winners: string[] }): boolean {
  if (d.parts.length < 2 || !d.parts.some((p) => p.secret)) return false
  if (d.parts.some((p) => p.secret !== undefined && sha256Hex(p.secret) !== p.commitment.toLowerCase())) return false
  if (eligibleHashOf(d.eligible) !== d.eligibleHash) return false
  const again = keyedWinners(d.parts, d.eligible, d.count)
  return again.length === d.winners.length && again.every((n, i) => n === d.winners[i])
}
