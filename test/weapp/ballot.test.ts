import type { Ballot } from '../../types/ballot'
import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

jest.setTimeout(60_000)

it('on the mini-program the ballot is taken on opening, and a cast never goes out by callFunction when no anonymous path is configured', async () => {
  const h = createHarness()
  const [chen] = await h.members([{ name: '陈思远', unit: '语文组', openid: 'phone-chen' }])
  const poll = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'], closesAt: '2026-11-25T10:00:00.000Z' })

  const page = await renderPage('ballot/pages/vote/index', { openid: 'phone-chen', cloud: h.cloud, query: { id: poll.id } })
  await page.waitForText('秋游去哪里')
  await page.settle(500)
  // 领票 happened on opening (blinded on the phone in pure JS, no WebCrypto: with BigInt, as on current phones)
  const issued = await h.cloud.db.collection('anon_issued').get()
  expect(issued.data.map((d) => d.memberId)).toEqual([chen.id])

  await page.tap('千岛湖')
  await page.tap('投出选票')
  await page.settle(500)
  const told = page.calls.filter((c) => c.api === 'showModal').map((c) => c.args.content)
  expect(told).toContain('匿名通道尚未配置（投票和建议都要用它），请联系工会主席')
  expect((await h.cloud.db.collection('ballot_casts').get()).data).toHaveLength(0)
  const actions = page.calls.filter((c) => c.api === 'cloud.callFunction').map((c) => (c.args.data as { action?: string })?.action)
  expect(actions).toContain('token')
  expect(actions).not.toContain('cast')
  await h.cloud.close()
})
