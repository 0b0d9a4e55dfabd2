// Writes test/fixtures/rsa-2048.json: real 2048-bit RSA keys (e = 65537) made ahead of time, which
// the node and ui suites hand out in place of generating one per ballot and per published number
// (test/support/rsa-pool.ts). `node scripts/rsa-pool.mjs [count]`.
import { generateKeyPair } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { promisify } from 'node:util'

const count = Number(process.argv[2] ?? 96)
const generate = promisify(generateKeyPair)
const keys = await Promise.all(
  Array.from({ length: count }, async () => {
    const { privateKey } = await generate('rsa', { modulusLength: 2048, publicExponent: 0x10001 })
    return privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
  })
)
writeFileSync(new URL('../test/fixtures/rsa-2048.json', import.meta.url), JSON.stringify(keys) + '\n')
console.log(`${count} keys`)
