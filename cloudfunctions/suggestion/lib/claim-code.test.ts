import { hashClaimCode, verifyClaimCode } from './claim-code'

describe('claim codes are stored only as a salted scrypt hash', () => {
  it('verifies the right code and refuses any other', async () => {
    const stored = await hashClaimCode('K7Q3M4N5')
    expect(stored).not.toContain('K7Q3M4N5')
    expect(stored).toMatch(/^scrypt-n4096\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    expect(await verifyClaimCode('K7Q3M4N5', stored)).toBe(true)
    expect(await verifyClaimCode('K7Q3M4N6', stored)).toBe(false)
    expect(await verifyClaimCode('K7Q3M4N5', 'plain')).toBe(false)
  })

  it('still verifies a code stored at the earlier cost (N=2^14)', async () => {
    const { scryptSync } = await import('node:crypto')
    const salt = Buffer.alloc(16, 7)
    const legacy = `scrypt$${salt.toString('hex')}$${scryptSync('K7Q3M4N5', salt, 32, { N: 16384, r: 8, p: 1 }).toString('hex')}`
    expect(await verifyClaimCode('K7Q3M4N5', legacy)).toBe(true)
    expect(await verifyClaimCode('K7Q3M4N6', legacy)).toBe(false)
    expect(await verifyClaimCode('K7Q3M4N5', legacy.replace('scrypt$', 'md5$'))).toBe(false)
  })

  it('hashes the same code differently each time (salted)', async () => {
    expect(await hashClaimCode('K7Q3M4N5')).not.toBe(await hashClaimCode('K7Q3M4N5'))
  })
})
