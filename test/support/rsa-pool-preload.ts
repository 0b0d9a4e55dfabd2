/**
 * The browser journeys' local clouds load this first (node --import tsx --import it): each jest
 * worker's host (test/support/env-e2e.js), the clouds test/e2e/support.ts starts as processes, and
 * the one that seeds their template store (test/e2e/global-setup.ts). They draw pregenerated keys as
 * jest files do (./rsa-pool.ts), each key of their slice once, then generate. The journeys' clouds
 * start over copies of the seeded template, so the seed (RSA_POOL_SLICE=seed) draws from the pool's
 * last third and the others from the rest: no store holds one key twice.
 */
import { appendFileSync } from 'node:fs'
import { installDraw, readKeys } from './rsa-pool-core'

const keys = readKeys()
const third = Math.floor(keys.length / 3)
const pool = { keys: process.env.RSA_POOL_SLICE === 'seed' ? keys.slice(-third) : keys.slice(0, -third), next: 0 }
installDraw(() => pool)
// RSA_POOL_STATS=<file>: how many keys this process drew, as ./rsa-pool.ts counts a file's
process.on('exit', () => {
  if (process.env.RSA_POOL_STATS) appendFileSync(process.env.RSA_POOL_STATS, `${pool.next} ${process.env.RSA_POOL_SLICE ?? 'clouds'} process ${process.pid}\n`)
})
