import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

const KEYLEN = 32
/**
 * Cost by the hash's tag. N=2^12, r=8 (4 MiB): ~8 ms a hash here, so a leaked table still costs an
 * attacker ~100 CPU-years per 8-character code (31^8 ≈ 8.5e11), while a thousand submits at once
 * stay inside the suggestion function's timeout. Codes stored as `scrypt$` used N=2^14 (~37 ms).
 */
const COST = { 'scrypt-n4096': { N: 4096, r: 8, p: 1 }, scrypt: { N: 16384, r: 8, p: 1 } } as const
type Kind = keyof typeof COST
const CURRENT: Kind = 'scrypt-n4096'

const derive = (code: string, salt: Buffer, kind: Kind): Promise<Buffer> => new Promise((resolve, reject) => scrypt(code, salt, KEYLEN, COST[kind], (err, key) => (err ? reject(err) : resolve(key))))

/** `<kind>$<salt hex>$<hash hex>`: the only form in which a claim code is ever stored. */
export async function hashClaimCode(code: string): Promise<string> {
  const salt = randomBytes(16)
  return `${CURRENT}$${salt.toString('hex')}$${(await derive(code, salt, CURRENT)).toString('hex')}`
}

export async function verifyClaimCode(code: string, stored: string): Promise<boolean> {
  const [kind, saltHex, hashHex] = stored.split('$')
  if (!Object.prototype.hasOwnProperty.call(COST, kind) || !saltHex || !hashHex) return false
  const expected = Buffer.from(hashHex, 'hex')
  const actual = await derive(code, Buffer.from(saltHex, 'hex'), kind as Kind)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
