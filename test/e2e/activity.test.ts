import { useLocalApp } from './support'

const env = useLocalApp()

const TITLE = '羽毛球友谊赛'
const day = 864e5

it('a member signs up and sees 已报名; when full the next sees 候补第1位; a cancel promotes them', async () => {
  const now = Date.now()
  const created = await env.app.call('activity', 'demo-officer-1', {
    action: 'create',
    title: TITLE,
    place: '学校体育馆',
    startAt: new Date(now + 3 * day).toISOString(),
    endAt: new Date(now + 3 * day + 2 * 3600e3).toISOString(),
    signupClosesAt: new Date(now + 2 * day).toISOString(),
    capacity: 1,
    fields: [{ key: 'level', label: '水平', type: 'single', options: ['入门', '熟练'], required: true }]
  })
  if (!created.ok) throw new Error(created.error.message)
  const id = created.data.id

  // 陈思远 finds it on 活动 and takes the one place
  const chen = await env.open({ as: 'demo-member-1', at: '/pages/activities/index' })
  await chen.page.locator('.activity-card', { hasText: TITLE }).click()
  await chen.page.getByText('还剩 1 个名额').waitFor()
  await chen.page.getByText('入门', { exact: true }).click()
  await chen.shot('activity-detail-form')
  await chen.page.locator('.signup-form__submit').click()
  await chen.page.locator('.my-signup__status', { hasText: '已报名' }).waitFor()
  await chen.shot('activity-signed-up')
  await chen.expectHealthy()

  // 周婷 finds it full and joins the waitlist
  const zhou = await env.open({ as: 'demo-member-2', at: `/pages/activity-detail/index?id=${id}` })
  await zhou.page.getByText('名额已满，可报名候补').waitFor()
  await zhou.page.getByText('熟练', { exact: true }).click()
  await zhou.page.locator('.signup-form__submit', { hasText: '报名候补' }).click()
  await zhou.page.locator('.my-signup__status', { hasText: '候补第1位' }).waitFor()
  await zhou.shot('activity-waitlisted')
  await zhou.expectHealthy()

  // 陈思远 cancels; 周婷 is promoted at once
  await chen.page.locator('.activity-detail__cancel').click()
  await chen.page.locator('.taro-modal__foot').getByText('取消报名').click()
  await chen.page.locator('.signup-form').waitFor()
  await zhou.goto(`/pages/my-activities/index`)
  await zhou.page.locator('.activity-card', { hasText: TITLE }).getByText('已报名').waitFor()
  await zhou.shot('activity-my-activities')
  const got = await env.app.call('activity', 'demo-member-2', { action: 'get', id })
  expect(got.ok && got.data.mine).toMatchObject({ status: 'confirmed' })
  await zhou.expectHealthy()

  // the officer sees the roster and the on-site code
  const officer = await env.open({ as: 'demo-officer-1', at: `/pages/activity-detail/index?id=${id}` })
  await officer.page.getByText('名单与签到').click()
  await officer.page.locator('.roster__name', { hasText: '周婷' }).waitFor()
  await officer.page.getByText('现场签到码').click()
  await officer.page.locator('.roster__code-digits').waitFor()
  expect(await officer.page.locator('.roster__code-digits').innerText()).toMatch(/^\d{4}$/)
  await officer.shot('activity-roster')
  await officer.expectHealthy()
  for (const j of [chen, zhou, officer]) await j.close()
})

it('shows the demo activities and the officer forms without errors', async () => {
  const member = await env.open({ as: 'demo-member-5', at: '/pages/activities/index' })
  await member.page.locator('.activity-card', { hasText: '周末登山' }).waitFor()
  await member.shot('activity-list')
  await member.page.locator('.activity-card', { hasText: '秋季运动会' }).click()
  await member.page.getByText('选择场次 *').waitFor()
  await member.shot('activity-sports-day')
  await member.expectHealthy()
  const officer = await env.open({ as: 'demo-officer-1', at: '/pages/activities/index' })
  await officer.page.getByText('发起活动').click()
  await officer.page.getByText('发布活动').waitFor()
  await officer.page.getByPlaceholder('标题，例如：周末登山').fill('读书分享会')
  await officer.page.getByPlaceholder('地点').fill('图书馆二楼')
  await officer.page.getByPlaceholder('人数，不填为不限').fill('30')
  await officer.page.getByText('+ 添加填写项').click()
  await officer.page.getByPlaceholder('例如：衣服尺码').fill('分享书目')
  await officer.shot('activity-edit')
  await officer.page.getByText('发布活动').click()
  await officer.page.waitForURL(/pages\/activity-detail\/index\?id=/)
  await officer.page.getByText('还剩 30 个名额').waitFor()
  expect(await officer.text()).toContain('分享书目')
  await officer.shot('activity-created')
  await officer.expectHealthy()
  for (const j of [member, officer]) await j.close()
})
