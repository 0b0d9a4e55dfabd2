import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('我的 shows the bound member’s name, unit and role', async () => {
  const h = createHarness()
  await h.members([{ name: '王建国', unit: '体育组', openid: 'phone-officer', role: 'officer' }])
  const page = await renderPage('pages/mine/index', { openid: 'phone-officer', cloud: h.cloud })
  await page.waitForText('王建国')
  expect(page.text()).toContain('体育组')
  expect(page.text()).toContain('委员')
  // the officer's tools are one tap away, on the 工作台
  expect(page.text()).toContain('工作台')
})
