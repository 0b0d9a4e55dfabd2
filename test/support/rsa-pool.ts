/**
 * Every ballot and every published suggestion number gets its own 2048-bit RSA key
 * (cloudfunctions/_shared/anon/rsa.ts), and OpenSSL takes 0.2 to 1 s of CPU to make one: that was
 * the largest single cost of the node and ui suites. Test files draw real keys of the same kind made
 * ahead of time (test/fixtures/rsa-2048.json, scripts/rsa-pool.mjs) instead, each at most once per
 * test file, so no two purposes in one store ever share a key; past the pool's end, and for any other
 * key shape, node:crypto generates as usual. The bench (npm run bench) always generates: what a key
 * costs a function is measured there.
 */
import crypto from 'node:crypto'
import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

type Pool = { keys: string[]; next: number }
type Generate = typeof crypto.generateKeyPair

// node:crypto is one object for the whole worker, shared by every test file it runs: the real
// function is kept once, and each file installs its own draw (made in its own realm: jsdom's has no
// setImmediate, and a finished file's globals are gone)
const REAL = Symbol.for('union.test.realGenerateKeyPair')
const POOL = Symbol.for('union.test.rsaPool')
const mod = crypto as unknown as Record<symbol, unknown> & { generateKeyPair: Generate }

{
  const real = (mod[REAL] ??= crypto.generateKeyPair) as Generate
  const realAsync = promisify(real) as (...args: unknown[]) => Promise<{ publicKey: crypto.KeyObject; privateKey: crypto.KeyObject }>
  const draw = (type: unknown, options: unknown): crypto.KeyObject | null => {
    const o = options as { modulusLength?: number; publicExponent?: number; publicKeyEncoding?: unknown; privateKeyEncoding?: unknown } | undefined
    const pool = mod[POOL] as Pool | undefined
    if (type !== 'rsa' || o?.modulusLength !== 2048 || (o.publicExponent ?? 0x10001) !== 0x10001 || o.publicKeyEncoding || o.privateKeyEncoding) return null
    if (!pool || pool.next >= pool.keys.length) return null
    return crypto.createPrivateKey({ key: Buffer.from(pool.keys[pool.next++], 'base64'), format: 'der', type: 'pkcs8' })
  }
  const patched = ((type: unknown, options: unknown, callback: (err: Error | null, pub?: crypto.KeyObject, priv?: crypto.KeyObject) => void) => {
    const key = draw(type, options)
    if (!key) return (real as unknown as (...a: unknown[]) => void)(type, options, callback)
    void Promise.resolve().then(() => callback(null, crypto.createPublicKey(key), key))
  }) as unknown as Generate & { [promisify.custom]?: unknown }
  ;(patched as unknown as Record<symbol, unknown>)[promisify.custom] = async (type: unknown, options: unknown) => {
    const key = draw(type, options)
    if (!key) return realAsync(type, options)
    return { publicKey: crypto.createPublicKey(key), privateKey: key }
  }
  mod.generateKeyPair = patched
}

// a fresh draw for each test file (this file runs once per test file)
mod[POOL] = { keys: JSON.parse(readFileSync(join(__dirname, '../fixtures/rsa-2048.json'), 'utf8')) as string[], next: 0 }
// RSA_POOL_STATS=<file>: how many keys each file drew (a file past the pool's 96 generates the rest; scripts/rsa-pool.mjs makes more)
afterAll(() => {
  if (process.env.RSA_POOL_STATS) appendFileSync(process.env.RSA_POOL_STATS, `${(mod[POOL] as Pool).next} ${expect.getState().testPath}\n`)
})
