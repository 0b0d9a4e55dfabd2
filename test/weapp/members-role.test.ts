import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

it('the chair taps a member and makes them 委员', async () => {
  const h = createHarness()
  const [, lin] = await h.members([
    { name: '张丽华', unit: '行政处', openid: CHAIR },
    { name: '林涛', unit: '英语组', openid: 'phone-lin' }
  ])
  // 会员, 委员, 主席: the sheet answers the second item
  const page = await renderPage('officer/pages/members/index', { openid: CHAIR, cloud: h.cloud, actionSheetIndex: 1 })
  await page.waitForText('林涛')
  await page.tap('林涛')
  // the member's panel: the role is one of its cards
  await page.waitForText('邀请码与绑定')
  await page.tap('.members__role')
  await page.waitForText('委员')
  expect(page.calls).toContainEqual({ api: 'showActionSheet', args: expect.objectContaining({ itemList: ['会员', '委员', '主席'] }) })
  // the page may say 委员 before member.setRole has answered: the stored role is asked until then
  const roleOf = async () => (await h.ok<{ items: { id: string; role: string }[] }>('member', CHAIR, { action: 'list' })).items.find((m) => m.id === lin.id)?.role
  for (const start = Date.now(); (await roleOf()) !== 'officer' && Date.now() - start < 3000;) await page.settle(20)
  expect(await roleOf()).toBe('officer')
})
