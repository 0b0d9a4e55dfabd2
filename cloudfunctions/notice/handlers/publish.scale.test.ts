// A scale test, zone-free: it runs once, under TZ=UTC (jest.config.js keeps *.scale.test.ts out of node-la)
import { LocalCloud } from '../../_local/cloud'
import { CHAIR } from '../../../test/support/harness'
import { MEMBERS } from '../../_shared/collections'

const base = { title: '关于工会会员体检的通知', body: '本周六上午体检。', category: 'notice' }

describe('notice.publish at scale', () => {
  it('pushes to 1,000 members within the function’s timeout at 15 ms a request', async () => {
    const cloud = new LocalCloud({ quiet: true, latency: '15', env: { UNION_CHAIR_OPENIDS: CHAIR } })
    try {
      const rows = Array.from({ length: 1000 }, (_, i) => ({ name: `会员${i}`, unit: '语文组', gender: 'F' }))
      for (let i = 0; i < 1000; i += 500) await cloud.call('member', { action: 'import', members: rows.slice(i, i + 500) }, CHAIR)
      const members = cloud.db.collection(MEMBERS)
      const { data } = await members.limit(1000).get()
      for (let i = 0; i < data.length; i += 50) {
        await Promise.all(data.slice(i, i + 50).map((m) => members.doc(String(m._id)).update({ data: { openid: `o-${m._id}`, grants: { notice: 1 } } })))
      }
      const t = Date.now()
      const r = await cloud.call('notice', { action: 'publish', ...base }, CHAIR)
      const seconds = (Date.now() - t) / 1000
      expect(r.ok).toBe(true)
      expect(cloud.outbox).toHaveLength(1000)
      expect(seconds).toBeLessThan(cloud.timeoutOf('notice'))
      console.log(`notice.publish to 1,000 members at 15 ms a request: ${seconds.toFixed(1)} s (timeout ${cloud.timeoutOf('notice')} s)`)
    } finally {
      await cloud.close()
    }
  }, 60_000)
})
