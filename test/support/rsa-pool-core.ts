/**
 * The draw behind ./rsa-pool.ts (jest files) and ./rsa-pool-preload.ts (the journeys' local
 * clouds): node:crypto's generateKeyPair answers a request for a 2048-bit RSA key (e = 65537,
 * as KeyObjects) with the next key of pool() while it has one, and generates as usual otherwise.
 * node:crypto is one object for the whole process, shared by every jest file a worker runs: the
 * real function is kept once, and each caller installs its own draw (made in its own realm: jsdom's
 * has no setImmediate, and a finished file's globals are gone).
 */
import crypto from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

export type Pool = { keys: string[]; next: number }
type Generate = typeof crypto.generateKeyPair
type KeyOptions = { modulusLength?: number; publicExponent?: number; publicKeyEncoding?: unknown; privateKeyEncoding?: unknown }

const REAL = Symbol.for('union.test.realGenerateKeyPair')
const mod = crypto as unknown as Record<symbol, unknown> & { generateKeyPair: Generate }

/** test/fixtures/rsa-2048.json (scripts/rsa-pool.mjs): real keys made ahead of time, PKCS#8 DER in base64. */
export const readKeys = (): string[] => JSON.parse(readFileSync(join(__dirname, '../fixtures/rsa-2048.json'), 'utf8')) as string[]

/** pool() is asked at each request; a key drawn from it is never drawn from it again. */
export function installDraw(pool: () => Pool | undefined): void {
  const real = (mod[REAL] ??= crypto.generateKeyPair) as Generate
  const realAsync = promisify(real) as (...args: unknown[]) => Promise<{ publicKey: crypto.KeyObject; privateKey: crypto.KeyObject }>
  const draw = (type: unknown, options: unknown): crypto.KeyObject | null => {
    const o = options as KeyOptions | undefined
    const p = pool()
    if (type !== 'rsa' || o?.modulusLength !== 2048 || (o.publicExponent ?? 0x10001) !== 0x10001 || o.publicKeyEncoding || o.privateKeyEncoding) return null
    if (!p || p.next >= p.keys.length) return null
    return crypto.createPrivateKey({ key: Buffer.from(p.keys[p.next++], 'base64'), format: 'der', type: 'pkcs8' })
  }
  const patched = ((type: unknown, options: unknown, callback: (err: Error | null, pub?: crypto.KeyObject, priv?: crypto.KeyObject) => void) => {
    const key = draw(type, options)
    if (!key) return (real as unknown as (...a: unknown[]) => void)(type, options, callback)
    void Promise.resolve().then(() => callback(null, crypto.createPublicKey(key), key))
  }) as unknown as Generate & Record<symbol, unknown>
  patched[promisify.custom] = async (type: unknown, options: unknown) => {
    const key = draw(type, options)
    if (!key) return realAsync(type, options)
    return { publicKey: crypto.createPublicKey(key), privateKey: key }
  }
  mod.generateKeyPair = patched
}
