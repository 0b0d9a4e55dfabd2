import { base } from '../../cloudfunctions/activity/testing'
import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('活动详情 with sign-up open arms 转发 as a live card showing places taken, with the activityId the server minted', async () => {
  const h = createHarness()
  await h.members([
    { name: '王建国', unit: '体育组', gender: 'M', role: 'officer', openid: 'phone-officer' },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: 'phone-chen' }
  ])
  const a = await h.ok('activity', 'phone-officer', { action: 'create', ...base, capacity: 40 })
  await h.ok('activity', 'phone-officer', { action: 'signup', id: a.id })

  const page = await renderPage('pages/activity-detail/index', { openid: 'phone-chen', cloud: h.cloud, query: { id: a.id } })
  await page.waitForText('周末登山')
  for (let i = 0; i < 20 && !page.calls.some((c) => c.api === 'updateShareMenu'); i++) await page.settle(100)
  const minted = h.cloud.outbox.filter((o) => o.templateKey === 'updatableMessage.createActivityId')
  expect(minted).toHaveLength(1)
  const armed = page.calls.filter((c) => c.api === 'updateShareMenu')
  expect(armed).toHaveLength(1)
  expect(armed[0].args).toMatchObject({
    withShareTicket: true,
    isUpdatableMessage: true,
    activityId: minted[0].data.activityId,
    templateInfo: {
      templateId: '666F374D69D16C932E45D7E7D9F10CEF6177F5F5',
      parameterList: [
        { name: 'member_count', value: '1' },
        { name: 'room_limit', value: '40' }
      ]
    }
  })
})
