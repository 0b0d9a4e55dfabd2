// A scale test, zone-free: it runs once, under TZ=UTC (jest.config.js keeps *.scale.test.ts out of node-la)
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { GREETINGS } from '../../_shared/collections'

const fire = (h: Harness) => h.cloud.fireTimer('greeting', 'daily')

async function importRows(h: Harness, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 500) await h.ok('member', CHAIR, { action: 'import', members: rows.slice(i, i + 500) })
}

describe('daily greeting run at scale', () => {
  it("pages past the server's 1,000-row limit and greets all 1,001 members", async () => {
    const h = createHarness({ now: '2027-01-01T00:30:00.000Z' })
    await importRows(
      h,
      Array.from({ length: 1001 }, (_, i) => ({ name: `会员${i}`, unit: '数学组', gender: 'M' }))
    )
    expect(await fire(h)).toMatchObject({ ok: true, data: { scanned: 1001, created: 1001, done: true } })
    expect((await h.cloud.db.collection(GREETINGS).count()).total).toBe(1001)
  }, 30_000)
})
