import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

it('成员名单 (subpackage) shows the chair each unbound member’s invite code', async () => {
  const h = createHarness()
  const [, unbound] = await h.members([
    { name: '张丽华', unit: '行政处', openid: CHAIR },
    { name: '林涛', unit: '英语组', openid: null }
  ])
  const page = await renderPage('officer/pages/members/index', { openid: CHAIR, cloud: h.cloud })
  await page.waitForText('林涛')
  expect(page.text()).toContain(unbound.inviteCode)
  expect(page.text()).toContain('1 人未绑定')
})
