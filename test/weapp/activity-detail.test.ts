import { base } from '../../cloudfunctions/activity/testing'
import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('活动详情 shows the facts and the sign-up form; 报名 with answers shows 已报名', async () => {
  const h = createHarness()
  await h.members([
    { name: '王建国', unit: '体育组', gender: 'M', role: 'officer', openid: 'phone-officer' },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: 'phone-chen' }
  ])
  const fields = [{ key: 'size', label: '衣服尺码', type: 'single', options: ['M', 'L', 'XL'], required: true }]
  const a = await h.ok('activity', 'phone-officer', { action: 'create', ...base, capacity: 20, description: '沿途赏秋色，自带饮水。', fields })

  const page = await renderPage('pages/activity-detail/index', { openid: 'phone-chen', cloud: h.cloud, query: { id: a.id } })
  await page.waitForText('沿途赏秋色')
  expect(page.text()).toContain('紫金山')
  expect(page.text()).toContain('还剩 20 个名额')
  expect(page.text()).toContain('衣服尺码 *')
  expect(page.text()).not.toContain('名单与签到')

  // without the required answer the server names the field
  await page.tap('.signup-form__submit')
  await page.waitForText('「衣服尺码」为必选项，请选择')
  await page.tap('.chip')
  await page.tap('.signup-form__submit')
  await page.waitForText('已报名')
  expect(page.text()).toContain('衣服尺码：M')
  expect(page.text()).toContain('取消报名')
  const roster = await h.ok('activity', 'phone-officer', { action: 'roster', id: a.id })
  expect(roster.confirmed).toEqual([expect.objectContaining({ name: '陈思远', answers: { size: 'M' } })])
})
