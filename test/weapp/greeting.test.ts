import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it("the card page draws a member's birthday greeting as a festive card", async () => {
  // 01:30 on 中秋 2026 in Shanghai: 刘芳 keeps her birthday on 八月十五
  const h = createHarness({ now: '2026-09-24T17:30:00.000Z' })
  await h.members([{ name: '刘芳', unit: '语文组', lunarBirthday: { month: 8, day: 15 }, openid: 'phone-liu' }])
  await h.cloud.fireTimer('greeting', 'daily')
  const { items } = await h.ok('greeting', 'phone-liu', { action: 'inbox' })
  const id = items.find((i: { occasion: string }) => i.occasion === 'birthday').id

  // as the subscribe message opens it: the id arrives URL-encoded
  const page = await renderPage('pages/greeting-card/index', { openid: 'phone-liu', cloud: h.cloud, query: { id: encodeURIComponent(id) } })
  await page.waitForText('生日快乐')
  expect(page.text()).toContain('亲爱的刘芳老师')
  expect(page.text()).toContain('生日 · 2026.09.25')
  expect(page.text()).toContain('—— 学校工会 敬贺')
  expect(page.component.querySelector('.gcard--blossom')).toBeTruthy()
})
