import { useLocalApp } from './support'

const env = useLocalApp()

const TITLE = '周末登山'
const day = 864e5

it('a never-bound phone opens a forwarded activity, binds, and lands back on that activity', async () => {
  const now = Date.now()
  const created = await env.app.call('activity', 'demo-officer-1', {
    action: 'create',
    title: TITLE,
    place: '紫金山',
    startAt: new Date(now + 3 * day).toISOString(),
    signupClosesAt: new Date(now + 2 * day).toISOString(),
    capacity: 40
  })
  if (!created.ok) throw new Error(created.error.message)
  const members = await env.app.call<{ items: { name: string; inviteCode?: string }[] }>('member', 'demo-chair', { action: 'list' })
  if (!members.ok) throw new Error(members.error.message)
  const invite = members.data.items.find((m) => m.inviteCode)
  if (!invite?.inviteCode) throw new Error('the demo roster has no unbound member to bind')

  // the path the forwarded card carries (useShare), opened on a phone bound to nobody
  const j = await env.open({ as: 'demo-new-1', at: `/pages/activity-detail/index?id=${created.data.id}` })
  await j.screen().getByText('去绑定').click()
  await j.screen().getByText('输入邀请码').waitFor()
  await j.screen().getByPlaceholder('例如 K7M2Q9XA').fill(invite.inviteCode)
  await j.screen().locator('.bind__submit').click()

  // back on the shared activity, now able to sign up
  await j.screen().getByText(TITLE).first().waitFor()
  await j.screen().getByText('还剩 40 个名额').waitFor()
  expect(j.page.url()).toContain(`/pages/activity-detail/index?id=${created.data.id}`)
  await j.shot('shared-activity-after-bind')
  await j.expectHealthy()
  await j.close()
})
