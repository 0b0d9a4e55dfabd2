import { base } from '../../cloudfunctions/activity/testing'
import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('during the activity a confirmed member enters the 4-digit code and sees 已签到', async () => {
  const h = createHarness()
  await h.members([
    { name: '王建国', unit: '体育组', gender: 'M', role: 'officer', openid: 'phone-officer' },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: 'phone-chen' }
  ])
  const a = await h.ok('activity', 'phone-officer', { action: 'create', ...base, capacity: 20 })
  await h.ok('activity', 'phone-chen', { action: 'signup', id: a.id })
  const { code } = await h.ok('activity', 'phone-officer', { action: 'checkinCode', id: a.id })
  h.setNow('2026-12-01T01:20:00.000Z') // 09:20 in Shanghai, the hike is under way

  const page = await renderPage('pages/activity-detail/index', { openid: 'phone-chen', cloud: h.cloud, query: { id: a.id } })
  await page.waitForText('现场签到')
  await page.input('.activity-detail__code', code === '0000' ? '1111' : '0000')
  await page.tap('.activity-detail__checkin-btn')
  await page.waitForText('签到码：不正确')
  await page.input('.activity-detail__code', code)
  await page.tap('.activity-detail__checkin-btn')
  await page.waitForText('已签到')
  const roster = await h.ok('activity', 'phone-officer', { action: 'roster', id: a.id })
  expect(roster.confirmed[0]).toMatchObject({ name: '陈思远', attended: true, checkinBy: 'code' })
})
