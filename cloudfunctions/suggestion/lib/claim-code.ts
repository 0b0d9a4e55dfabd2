import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

const KEYLEN = 32
// N=2^14, r=8: ~30 ms a hash, so a leaked table costs an attacker years per code, a member nothing.
const PARAMS = { N: 16384, r: 8, p: 1 }

const derive = (code: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(code, salt, KEYLEN, PARAMS, (err, key) => (err ? reject(err) : resolve(key))))

/** `scrypt$<salt hex>$<hash hex>`: the only form in which a claim code is ever stored. */
export async function hashClaimCode(code: string): Promise<string> {
  const salt = randomBytes(16)
  return `scrypt$${salt.toString('hex')}$${(await derive(code, salt)).toString('hex')}`
}

export async function verifyClaimCode(code: string, stored: string): Promise<boolean> {
  const [kind, saltHex, hashHex] = stored.split('$')
  if (kind !== 'scrypt' || !saltHex || !hashHex) return false
  const expected = Buffer.from(hashHex, 'hex')
  const actual = await derive(code, Buffer.from(saltHex, 'hex'))
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
