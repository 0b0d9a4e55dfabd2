/** The stand-in's HTTP endpoint as the SDK meets it: kept-alive connections, closed promptly. */
import { COLLECTIONS } from '../../_shared/collections'
import { LocalCloud } from '../cloud'

it('closes at once when a request is still on its way, not after the 5 s keep-alive', async () => {
  const cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: 'chair' }, quiet: true, collections: COLLECTIONS, latency: '300' })
  // one request answered first, so the SDK holds a kept-alive connection as it does in a function
  expect(await cloud.call('member', { action: 'me' }, 'phone-1')).toMatchObject({ ok: true })
  const inFlight = cloud.call('member', { action: 'me' }, 'phone-2')
  await new Promise((r) => setTimeout(r, 50))
  const started = Date.now()
  await cloud.close()
  // the answer on its way still lands; the owner (a page test's afterEach) is not held 5 s longer
  expect(await inFlight).toMatchObject({ ok: true })
  expect(Date.now() - started).toBeLessThan(2000)
})
