import { CHAIR } from '../support/harness'
import { suggestionFixture } from '../support/suggestion-fixture'
import { renderPage } from './harness'

it('工作台: the chair sees every group with what waits, and a row opens its page', async () => {
  const { h, members, submit } = await suggestionFixture()
  await submit(members[0].openid!)
  const page = await renderPage('officer/pages/workbench/index', { openid: CHAIR, cloud: h.cloud })
  await page.waitForText('1 条新建议等待答复')
  const text = page.text()
  for (const words of ['通知', '发布通知', '发起活动', '审核公布成绩', '督导室', '督办', '成员名单', '导入名单', '祝福日历']) expect(text).toContain(words)
  await page.tap('1 条新建议等待答复')
  expect(page.calls.find((c) => c.api === 'navigateTo')?.args.url).toBe('/officer/pages/suggestion-desk/index')
})
