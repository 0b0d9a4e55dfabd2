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
import { appendFileSync } from 'node:fs'

import { installDraw, readKeys, type Pool } from './rsa-pool-core'

const POOL = Symbol.for('union.test.rsaPool')
const mod = crypto as unknown as Record<symbol, Pool | undefined>

installDraw(() => mod[POOL])

// a fresh draw for each test file (this file runs once per test file)
mod[POOL] = { keys: readKeys(), next: 0 }
// RSA_POOL_STATS=<file>: how many keys each file drew (a file past the pool's 96 generates the rest; scripts/rsa-pool.mjs makes more)
afterAll(() => {
  if (process.env.RSA_POOL_STATS) appendFileSync(process.env.RSA_POOL_STATS, `${mod[POOL]!.next} ${expect.getState().testPath}\n`)
})
