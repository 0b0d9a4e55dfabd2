import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('建议: a member writes anonymously, sees the number and claim code once, keeps it under 我的号码 and on the board', async () => {
  const h = createHarness()
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'phone-chen' }])
  const page = await renderPage('pages/suggestions/index', { openid: 'phone-chen', cloud: h.cloud })
  await page.waitForText('2026年11月公开栏')
  expect(page.text()).toContain('这个月还没有建议')
  await page.input('.suggestion-form__text', '教工停车场晚上没有照明，建议加装路灯。')
  await page.tap('.suggestion-form__submit')
  await page.waitForText('提交成功')
  const number = /号码 (26\d{2}-[2-9A-Z]{4})/.exec(page.text())?.[1]
  const code = /领奖码 ([2-9A-Z]{8})/.exec(page.text())?.[1]
  expect(number).toBeDefined()
  expect(code).toBeDefined()
  await page.waitForText('教工停车场晚上没有照明')
  const text = page.text()
  expect(text).toContain('我的号码')
  expect(text).toContain('仅保存在本机')
  expect(text).toContain('已收到')
  expect(text).toContain('收到建议')
  expect(text).toContain('我的')
  // the server got the content and category, and nothing about who
  const call = page.calls.find((c) => c.api === 'cloud.callFunction' && (c.args.data as { action?: string })?.action === 'submit')
  expect(call?.args.data).toEqual({ action: 'submit', content: '教工停车场晚上没有照明，建议加装路灯。', category: '教学' })
  await page.tap('.suggestions__mine')
  expect(page.calls.find((c) => c.api === 'navigateTo')?.args.url).toBe(`/pages/suggestion-claim/index?number=${number}`)
})
