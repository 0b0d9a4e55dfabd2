import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('我的 → 祝福 lists the cards and opens one on tap', async () => {
  const h = createHarness({ now: '2026-09-30T23:00:00.000Z' })
  await h.members([{ name: '孙浩', unit: '语文组', birthday: '1979-10-01', openid: 'phone-sun' }])
  await h.cloud.fireTimer('greeting', 'daily')

  const page = await renderPage('pages/greetings/index', { openid: 'phone-sun', cloud: h.cloud })
  await page.waitForText('国庆快乐')
  expect(page.text()).toContain('生日快乐')
  expect(page.text()).toContain('共 2 张贺卡')
  // the 国庆 card is the festive-red one
  await page.tap('.greetings__item--festive')
  const nav = page.calls.find((c) => c.api === 'navigateTo')
  expect(String(nav?.args.url)).toMatch(/^\/pages\/greeting-card\/index\?id=.*national-day/)
})
