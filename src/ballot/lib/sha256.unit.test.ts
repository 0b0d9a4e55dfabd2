import { createHash, randomBytes } from 'node:crypto'
import { sha256 } from './sha256'

it('hashes like node:crypto at every length around the block and padding edges', () => {
  for (const n of [0, 1, 3, 31, 32, 55, 56, 57, 63, 64, 65, 119, 120, 128, 256, 1000]) {
    const m = randomBytes(n)
    expect(Buffer.from(sha256(new Uint8Array(m))).toString('hex')).toBe(createHash('sha256').update(m).digest('hex'))
  }
  expect(Buffer.from(sha256(new TextEncoder().encode('abc'))).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
})
