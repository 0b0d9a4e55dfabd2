import { rateKey } from './rate-key'

describe('rate-limit keys', () => {
  it('are a keyed hash: the openid does not appear and differs per secret', () => {
    const k = rateKey('test-secret', '2026-11-24', 'openid-chen')
    expect(k).toMatch(/^[0-9a-f]{64}$/)
    expect(k).not.toContain('openid-chen')
    expect(rateKey('other-secret', '2026-11-24', 'openid-chen')).not.toBe(k)
  })

  it('rotate daily: the same member on the next day gets an unrelated key', () => {
    expect(rateKey('test-secret', '2026-11-25', 'openid-chen')).not.toBe(rateKey('test-secret', '2026-11-24', 'openid-chen'))
    expect(rateKey('test-secret', '2026-11-24', 'openid-chen')).toBe(rateKey('test-secret', '2026-11-24', 'openid-chen'))
  })
})
