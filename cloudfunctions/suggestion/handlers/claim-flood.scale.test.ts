// A scale test, zone-free: it runs once, under TZ=UTC, alone on the machine (jest.config.js). 256
// claims at once through the SDK in one process: beside the node suite's other workers some of the
// flood's own reads passed the SDK's 3 s and the count of RATE_LIMITED answers came out short.
import { performance } from 'node:perf_hooks'
import { awarded, wrongFor } from '../../../test/support/claim-fixture'
import { takeTokens } from '../../../test/support/suggestion-phone'

describe('suggestion.claim against a flood of wrong codes', () => {
  it('runs scrypt for 5 of 256 wrong claims sent at once, and other members’ writes answer inside their timeouts', async () => {
    const { h, members, win } = await awarded()
    const flood = () =>
      Promise.all(Array.from({ length: 256 }, (_, i) => h.call('suggestion', members[1].openid as string, { action: 'claim', number: win.number, claimCode: wrongFor(win.claimCode, i) })))
    const timed = async (fn: string, openid: string, event: Record<string, unknown>) => {
      const t = performance.now()
      const r = await h.call(fn, openid, event)
      return { ok: r.ok, ms: Math.round(performance.now() - t) }
    }
    const figures: Record<string, number> = {}
    // the phone took its tokens when the page opened, before any flood
    const held = await takeTokens(h, members[0].openid as string, 2)
    for (const wave of ['first', 'sustained']) {
      const token = held.shift()!
      const t = performance.now()
      const burst = flood()
      // issued together with the 256, so they queue behind every request the flood makes
      const [update, submit] = await Promise.all([
        timed('member', members[2].openid as string, { action: 'update', birthday: '1990-05-01' }),
        timed('suggestion', '', { action: 'submit', content: '建议操场晚上开灯到九点。', category: '后勤', week: token.week, token: token.pending.token, signature: token.signature })
      ])
      const results = await burst
      const count = (code: string) => results.filter((r) => !r.ok && r.error.code === code).length
      expect([count('FORBIDDEN'), count('RATE_LIMITED')]).toEqual(wave === 'first' ? [5, 251] : [0, 256])
      expect(update.ok && submit.ok).toBe(true)
      // inside their functions' timeouts. Alone on this machine each answers in ~0.5 s (before the
      // throttle the flood pushed submit to 3.6-6.9 s); npm test runs other files beside this one
      // and the flood's own SDK work shares this process, so a tighter bound measures the machine
      expect(update.ms).toBeLessThan(h.cloud.timeoutOf('member') * 1000)
      expect(submit.ms).toBeLessThan(h.cloud.timeoutOf('suggestion') * 1000)
      Object.assign(figures, { [`${wave} wave: member.update ms`]: update.ms, [`${wave} wave: suggestion.submit ms`]: submit.ms, [`${wave} wave: 256 claims ms`]: Math.round(performance.now() - t) })
    }
    console.log(figures)
  }, 60_000)
})
