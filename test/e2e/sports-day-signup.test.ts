import { useLocalApp } from './support'

const env = useLocalApp()

/** one per attempt: a retried test runs against the same store */
const EVENT = `踢毽子${Date.now().toString(36).slice(-3)}`

it('an officer links a sports day to the competition; a member picks 参赛项目 when signing up and sees them await, then pass, approval', async () => {
  const list = await env.app.call('competition', 'demo-officer-1', { action: 'list' })
  if (!list.ok) throw new Error(list.error.message)
  const comp = list.data.items.find((c: { title: string }) => c.title.includes('运动会'))
  const added = await env.app.call('competition', 'demo-officer-1', { action: 'addEvent', competitionId: comp.id, name: EVENT, kind: 'measured' })
  if (!added.ok) throw new Error(added.error.message)

  // the officer publishes the sign-up from the form, linked to the competition
  const officer = await env.open({ as: 'demo-officer-1', at: '/pages/activities/index' })
  await officer.page.getByText('发起活动').click()
  await officer.page.getByText('发布活动').waitFor()
  await officer.page.getByPlaceholder('标题，例如：周末登山').fill('运动会报名')
  await officer.page.locator('.activity-edit__competition').getByText(comp.title, { exact: true }).click()
  await officer.page.getByText('发布活动').click()
  await officer.page.waitForURL(/pages\/activity-detail\/index\?id=/)
  const id = new URL(officer.page.url().replace('/#/', '/')).searchParams.get('id') as string
  await officer.expectHealthy()

  // a member picks 踢毽子 as 参赛项目 and signs up
  const chen = await env.open({ as: 'demo-member-1', at: `/pages/activity-detail/index?id=${id}` })
  await chen.screen().locator('.event-choice__chip', { hasText: EVENT }).click()
  await chen.shot('sports-day-signup-form')
  await chen.screen().locator('.signup-form__submit').click()
  await chen.screen().getByText('我的参赛项目').waitFor()
  await chen.screen().locator('.event-entries__row', { hasText: EVENT }).getByText('待审核').waitFor()
  await chen.shot('sports-day-entries-pending')

  // the chair approves it; the member sees it passed, and by whom
  const requests = await env.app.call('competition', 'demo-chair', { action: 'entryRequests', eventId: added.data.id })
  if (!requests.ok) throw new Error(requests.error.message)
  const approved = await env.app.call('competition', 'demo-chair', { action: 'approveEntry', entryId: requests.data.items[0].id, approved: true })
  if (!approved.ok) throw new Error(approved.error.message)
  await chen.goto(`/pages/activity-detail/index?id=${id}`)
  const row = chen.screen().locator('.event-entries__row', { hasText: EVENT })
  await row.getByText('已通过').waitFor()
  await row.getByText('张丽华已确认，请按时参赛').waitFor()
  await chen.expectHealthy()
})
