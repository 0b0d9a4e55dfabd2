import { base } from '../../cloudfunctions/activity/testing'
import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('活动 lists open activities first with places taken and my own status, and opens one', async () => {
  const h = createHarness()
  await h.members([
    { name: '王建国', unit: '体育组', gender: 'M', role: 'officer', openid: 'phone-officer' },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: 'phone-chen' },
    { name: '周婷', unit: '数学组', openid: 'phone-zhou' }
  ])
  const hike = await h.ok('activity', 'phone-officer', { action: 'create', ...base, capacity: 1 })
  await h.ok('activity', 'phone-officer', {
    action: 'create',
    ...base,
    title: '女职工插花',
    startAt: '2026-12-05T07:30:00.000Z',
    endAt: undefined,
    signupClosesAt: '2026-12-04T10:00:00.000Z',
    capacity: 15,
    eligibility: { gender: 'F' }
  })
  await h.ok('activity', 'phone-zhou', { action: 'signup', id: hike.id })
  await h.ok('activity', 'phone-chen', { action: 'signup', id: hike.id })

  const page = await renderPage('pages/activities/index', { openid: 'phone-chen', cloud: h.cloud })
  await page.waitForText('周末登山')
  const text = page.text()
  expect(text).toContain('报名中')
  expect(text).toContain('12月1日 周二 09:00–16:00')
  expect(text).toContain('已报 1/1 · 候补 1')
  expect(text).toContain('候补第1位')
  expect(text).toContain('仅限女职工')
  expect(text).toContain('我的活动')
  expect(text).not.toContain('发起活动')
  await page.tap('.activity-card')
  expect(page.calls.find((c) => c.api === 'navigateTo')?.args.url).toBe(`/pages/activity-detail/index?id=${hike.id}`)
})
