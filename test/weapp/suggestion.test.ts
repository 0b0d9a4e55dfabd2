import { createHarness } from '../support/harness'
import { renderPage } from './harness'

jest.setTimeout(60_000)

it('建议: the phone takes its 提交券 on opening, and a suggestion never goes out by callFunction when no anonymous path is configured', async () => {
  const h = createHarness()
  const [chen] = await h.members([{ name: '陈思远', unit: '语文组', openid: 'phone-chen' }])
  const page = await renderPage('pages/suggestions/index', { openid: 'phone-chen', cloud: h.cloud })
  await page.waitForText('2026年11月公开栏')
  expect(page.text()).toContain('这个月还没有公布的建议')
  // 领券 happened on opening (blinded on the phone in pure JS, no WebCrypto: with BigInt, as on current phones)
  await page.waitForText('本周还可提交 5 条')
  const issued = await h.cloud.db.collection('anon_issued').get()
  expect(issued.data).toEqual([expect.objectContaining({ memberId: chen.id, taken: 5 })])
  await page.input('.suggestion-form__text', '教工停车场晚上没有照明，建议加装路灯。')
  await page.tap('.suggestion-form__submit')
  await page.settle(500)
  expect(page.text()).toContain('匿名通道尚未配置')
  expect(page.text()).not.toContain('提交成功')
  expect((await h.cloud.db.collection('suggestions').get()).data).toHaveLength(0)
  // the content never went out with the openid attached
  const actions = page.calls.filter((c) => c.api === 'cloud.callFunction').map((c) => (c.args.data as { action?: string })?.action)
  expect(actions).toContain('tokens')
  expect(actions).not.toContain('submit')
  // the token was not used up: it is still there for when the path is configured
  expect(page.text()).toContain('本周还可提交 5 条')
  await h.cloud.close()
})
